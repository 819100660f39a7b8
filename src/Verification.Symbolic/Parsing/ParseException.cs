namespace Verification.Symbolic.Parsing;

/// <summary>
/// Carries a <see cref="ParseError"/> out of the recursive descent to <see cref="ClaimParser"/>,
/// which turns it into a failed <see cref="ParseResult{T}"/>: it never leaves the parser.
/// </summary>
internal sealed class ParseException : Exception
{
    public ParseException()
        : this(new ParseError(1, 1, "parse error"))
    {
    }

    public ParseException(string message)
        : this(new ParseError(1, 1, message))
    {
    }

    public ParseException(string message, Exception innerException)
        : base(message, innerException) => Error = new ParseError(1, 1, message);

    public ParseException(ParseError error)
        : base(error.ToString()) => Error = error;

    public ParseException(Token at, string message)
        : this(new ParseError(at.Line, at.Column, message))
    {
    }

    public ParseError Error { get; }
}
