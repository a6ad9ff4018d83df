#if !NET
using System.Runtime.InteropServices;

namespace Bce.Runtime;

/// <summary>netstandard2.0 bodies of small static members .NET added to <see cref="Math"/>, <see cref="Random"/>, <see cref="Enum"/> and <see cref="OperatingSystem"/>.</summary>
internal static class SystemPolyfills
{
    extension(Math)
    {
        public static long Clamp(long value, long min, long max) => value < min ? min : value > max ? max : value;

        public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
    }

    extension(Random)
    {
        /// <summary>
        /// One thread-safe instance, as .NET's <c>Random.Shared</c>: callers keep it (a retry back-off holds
        /// <c>Random.Shared.NextDouble</c> for the client's life) and call it from any thread.
        /// </summary>
        public static Random Shared => ThreadSafeRandom.Instance;
    }

    extension(Enum)
    {
        public static bool IsDefined<TEnum>(TEnum value)
            where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);
    }

    extension(OperatingSystem)
    {
        public static bool IsWindows() => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
    }
}

/// <summary>
/// netstandard2.0's <see cref="Random"/> is not thread-safe (concurrent use can leave it returning only zeros): every
/// call goes to the calling thread's own instance, each seeded apart.
/// </summary>
internal sealed class ThreadSafeRandom : Random
{
    public static readonly ThreadSafeRandom Instance = new();

    [ThreadStatic]
    private static Random? t_local;

    private static Random Local => t_local ??= new Random(Guid.NewGuid().GetHashCode());

    public override int Next() => Local.Next();

    public override int Next(int maxValue) => Local.Next(maxValue);

    public override int Next(int minValue, int maxValue) => Local.Next(minValue, maxValue);

    public override double NextDouble() => Local.NextDouble();

    public override void NextBytes(byte[] buffer) => Local.NextBytes(buffer);

    protected override double Sample() => Local.NextDouble();
}
#endif
