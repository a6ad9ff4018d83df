using Bce.Runtime.Errors;

namespace Bce.Runtime.Credentials;

/// <summary>
/// A credential file exists but cannot be used: it does not parse, or the selected profile is incomplete or of a kind
/// this runtime cannot use. The message names the file and, where known, the line and column; it never quotes the
/// file's contents.
/// </summary>
public sealed class BceCredentialFileException : BceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file.</param>
    /// <param name="lineNumber">The 1-based line of the problem, if known.</param>
    /// <param name="column">The 1-based column (in bytes) of the problem, if known.</param>
    /// <param name="problem">What is wrong; must not quote the file's contents.</param>
    /// <param name="innerException">The underlying failure (an I/O error), if any; never a parser's exception that might quote the file.</param>
    public BceCredentialFileException(string filePath, int? lineNumber, int? column, string problem, Exception? innerException = null)
        : base(Describe(filePath, lineNumber, column, problem), innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the problem, if known.</summary>
    public int? LineNumber { get; }

    /// <summary>The 1-based column (in bytes) of the problem, if known.</summary>
    public int? Column { get; }

    private static string Describe(string filePath, int? lineNumber, int? column, string problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentException.ThrowIfNullOrEmpty(problem);
        var where = lineNumber is not { } line ? string.Empty
            : column is not { } col ? $" line {line}"
            : $" line {line}, column {col}";
        return $"{filePath}{where}: {problem}";
    }
}
