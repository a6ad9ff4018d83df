namespace PeerConn.AotSmoke;

/// <summary>The two assertions the checks need; a failure is an exception with a readable message.</summary>
internal static class SmokeAssert
{
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected <{expected}> but got <{actual}>.");
        }
    }

    public static void True(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }
}
