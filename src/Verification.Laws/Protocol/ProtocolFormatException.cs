namespace Verification.Laws.Protocol;

/// <summary>
/// A results file that cannot be graded: the message names the file, the JSON path of the offending element
/// (<c>$.results[3].output[2]</c>) and what was wrong with it, because it is shown as-is to whoever wrote the script.
/// </summary>
public sealed class ProtocolFormatException : Exception
{
    public ProtocolFormatException()
    {
    }

    public ProtocolFormatException(string message)
        : base(message)
    {
    }

    public ProtocolFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="file">The file as the user named it.</param>
    /// <param name="jsonPath">Where in it, e.g. <c>$.results[3].output</c>; <c>$</c> for the whole document.</param>
    /// <param name="problem">What was wrong and, when it helps, what was expected.</param>
    public ProtocolFormatException(string file, string jsonPath, string problem)
        : base($"{file}: {jsonPath}: {problem}")
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file as the user named it.</summary>
    public string? File { get; }

    /// <summary>The JSON path of the offending element.</summary>
    public string? JsonPath { get; }

    /// <summary>What was wrong.</summary>
    public string? Problem { get; }
}
