#if !NET
using System.Runtime.InteropServices;

namespace Bce.Runtime;

/// <summary>netstandard2.0 bodies of small static members .NET added to <see cref="Math"/>, <see cref="Random"/>, <see cref="Enum"/> and <see cref="OperatingSystem"/>.</summary>
internal static class SystemPolyfills
{
    [ThreadStatic]
    private static Random? t_random;

    extension(Math)
    {
        public static long Clamp(long value, long min, long max) => value < min ? min : value > max ? max : value;

        public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
    }

    extension(Random)
    {
        /// <summary>One instance per thread: netstandard2.0's <see cref="Random"/> is not thread-safe, .NET's <c>Random.Shared</c> is.</summary>
        public static Random Shared => t_random ??= new Random(Guid.NewGuid().GetHashCode());
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
#endif
