namespace Verification.Symbolic.Parsing;

/// <summary>
/// Why a text is not a claim (or an expression): the 1-based line and column of the offending
/// token and a message that says what was expected or what was wrong.
/// </summary>
public sealed record ParseError(int Line, int Column, string Message)
{
    /// <summary><c>line:column: message</c>, the way compilers print it.</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
