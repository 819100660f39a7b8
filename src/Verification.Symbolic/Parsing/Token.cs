using Fractions;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// One token of the claim language with its place in the source: <see cref="Offset"/> and
/// <see cref="Length"/> index the text, <see cref="Line"/> and <see cref="Column"/> are 1-based.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, int Line, int Column)
{
    /// <summary>The exact value of a <see cref="TokenKind.Number"/> token.</summary>
    public Fraction Value { get; init; }

    /// <summary>Whether a <see cref="TokenKind.Number"/> token was written as an integer (no point, no exponent).</summary>
    public bool IsIntegerLiteral { get; init; }

    /// <summary>Why an <see cref="TokenKind.Invalid"/> token could not be read.</summary>
    public string? Error { get; init; }

    public int Length => Text.Length;

    public int End => Offset + Text.Length;

    public bool IsIdentifier(string name) => Kind == TokenKind.Identifier && string.Equals(Text, name, StringComparison.Ordinal);

    /// <summary>How the token is named in an error message.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.Number => $"number {Text}",
        TokenKind.Identifier => $"'{Text}'",
        _ => $"'{Text}'",
    };
}
