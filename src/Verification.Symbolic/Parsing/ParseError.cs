namespace Verification.Symbolic.Parsing;

/// <summary>
/// Why a text is not a claim (or an expression): the 1-based line and column of the offending
/// token and a message that says what was expected or what was wrong.
/// </summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What was expected or wrong.</param>
/// <param name="Failure">
/// Set when the parser itself failed (a bug, not a fault of the text): the exception, so that one
/// claim of a file cannot take the others down and the failure can still be told from a malformed claim.
/// </param>
public sealed record ParseError(int Line, int Column, string Message, Exception? Failure = null)
{
    /// <summary><c>line:column: message</c>, the way compilers print it.</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
