using System.Globalization;
using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Splits claim text into tokens, keeping each token's 1-based line and column. Whitespace and
/// newlines separate tokens anywhere; <c>#</c> starts a comment to the end of the line; a
/// <c>\</c> that ends a line joins it to the next. A character the language has no use for becomes
/// an <see cref="TokenKind.Invalid"/> token, so the parser reports it in reading order.
/// </summary>
internal sealed class Lexer
{
    private const int MaxDigits = 1000;
    private const int MaxDecimalExponent = 1000;

    private readonly string text;
    private readonly int end;
    private readonly int start;
    private readonly int firstLine;
    private int position;
    private int line;
    private int lineStart;

    private Lexer(string text, int start, int end, int line)
    {
        this.text = text;
        this.end = end;
        this.start = start;
        firstLine = line;
        position = start;
        lineStart = start;
        this.line = line;
    }

    /// <summary>
    /// Tokens of <c>text[start..end]</c>, where <paramref name="start"/> begins line
    /// <paramref name="firstLine"/>; the last token is always <see cref="TokenKind.End"/>.
    /// </summary>
    public static List<Token> Tokenize(string text, int start, int end, int firstLine)
    {
        var lexer = new Lexer(text, start, end, firstLine);
        var tokens = new List<Token>();
        while (true)
        {
            lexer.SkipTrivia();
            if (lexer.position >= lexer.end)
            {
                tokens.Add(lexer.EndToken(tokens));
                return tokens;
            }

            tokens.Add(lexer.Next());
        }
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length, 1);

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private char Peek(int ahead = 0) => position + ahead < end ? text[position + ahead] : '\0';

    private Token EndToken(List<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            // Nothing but blanks and comments: point at the start.
            return new Token(TokenKind.End, string.Empty, start, firstLine, 1);
        }

        // The end sits just after the last token, so "missing ==" points where it is missing.
        var last = tokens[^1];
        return new Token(TokenKind.End, string.Empty, last.End, last.Line, last.Column + last.Length);
    }

    private void SkipTrivia()
    {
        while (position < end)
        {
            var c = text[position];
            if (c == '\n')
            {
                position++;
                line++;
                lineStart = position;
            }
            else if (c is ' ' or '\t' or '\r' or '\f' or '\v')
            {
                position++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else if (c == '\\' && IsLineContinuation())
            {
                position++;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        while (position < end && text[position] != '\n')
        {
            position++;
        }
    }

    /// <summary>A backslash followed by nothing but blanks (and maybe a comment) up to the end of its line.</summary>
    private bool IsLineContinuation()
    {
        for (var i = position + 1; i < end; i++)
        {
            var c = text[i];
            if (c is '\n' or '#')
            {
                return true;
            }

            if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private Token Next()
    {
        var start = position;
        var column = position - lineStart + 1;
        var c = text[position];

        if (char.IsAsciiDigit(c))
        {
            return Number(start, column);
        }

        if (IsIdentifierStart(c))
        {
            while (position < end && IsIdentifierPart(text[position]))
            {
                position++;
            }

            return Make(TokenKind.Identifier, start, column);
        }

        if (Punctuation(c, Peek(1)) is var (kind, length) && kind != TokenKind.Invalid)
        {
            position += length;
            return Make(kind, start, column);
        }

        position++;
        switch (c)
        {
            case '.' when char.IsAsciiDigit(Peek()):
                return Invalid(start, column, "a number must start with a digit (write 0.5, not .5)");
            case '\\':
                return Invalid(start, column, "'\\' is only allowed at the end of a line, to continue the claim on the next line");
            case '!' or '<' or '>':
                return Invalid(start, column, $"unexpected character '{c}': a claim states one equality with '=='");
            default:
                // Keep a surrogate pair together so the message shows the whole character.
                if (char.IsHighSurrogate(c) && position < end && char.IsLowSurrogate(text[position]))
                {
                    position++;
                }

                var shown = text[start..position];
                return Invalid(start, column, char.IsControl(c)
                    ? $"unexpected control character U+{(int)c:X4}"
                    : $"unexpected character '{shown}'");
        }
    }

    /// <summary>
    /// The operators and punctuation, one table: a two-character token (<c>**</c>, <c>==</c>,
    /// <c>..</c>, <c>&gt;=</c>) is tried before its first character alone. Invalid with length 0 when
    /// <paramref name="c"/> starts none.
    /// </summary>
    private static (TokenKind Kind, int Length) Punctuation(char c, char next) => (c, next) switch
    {
        ('*', '*') => (TokenKind.Caret, 2),
        ('=', '=') => (TokenKind.EqualEqual, 2),
        ('.', '.') => (TokenKind.DotDot, 2),
        ('>', '=') => (TokenKind.GreaterEqual, 2),
        ('+', _) => (TokenKind.Plus, 1),
        ('-', _) => (TokenKind.Minus, 1),
        ('*', _) => (TokenKind.Star, 1),
        ('/', _) => (TokenKind.Slash, 1),
        ('^', _) => (TokenKind.Caret, 1),
        ('(', _) => (TokenKind.LeftParen, 1),
        (')', _) => (TokenKind.RightParen, 1),
        ('[', _) => (TokenKind.LeftBracket, 1),
        (']', _) => (TokenKind.RightBracket, 1),
        (',', _) => (TokenKind.Comma, 1),
        (':', _) => (TokenKind.Colon, 1),
        ('=', _) => (TokenKind.Equal, 1),
        _ => (TokenKind.Invalid, 0),
    };

    private Token Make(TokenKind kind, int start, int column) =>
        new(kind, text[start..position], start, line, column);

    private Token Invalid(int start, int column, string message) =>
        new(TokenKind.Invalid, text[start..position], start, line, column) { Error = message };

    private Token Number(int start, int column)
    {
        while (position < end && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        var integerEnd = position;
        var fractionDigits = 0;
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            position++;
            while (position < end && char.IsAsciiDigit(text[position]))
            {
                position++;
                fractionDigits++;
            }
        }

        var mantissaEnd = position;
        var exponentStart = -1;
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            position++;
            exponentStart = position;
            if (Peek() is '+' or '-')
            {
                position++;
            }

            while (position < end && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }

        if (mantissaEnd - start > MaxDigits)
        {
            return Invalid(start, column, $"a number may have at most {MaxDigits} digits");
        }

        var digits = string.Concat(text.AsSpan(start, integerEnd - start), fractionDigits > 0 ? text.AsSpan(integerEnd + 1, fractionDigits) : []);
        var mantissa = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var exponent = -fractionDigits;
        if (exponentStart >= 0)
        {
            var written = text.AsSpan(exponentStart, position - exponentStart);
            if (!int.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) || Math.Abs(e) > MaxDecimalExponent)
            {
                return Invalid(start, column, $"the exponent of a number must lie in -{MaxDecimalExponent}..{MaxDecimalExponent}");
            }

            exponent += e;
        }

        var value = exponent >= 0
            ? new Fraction(mantissa * BigInteger.Pow(10, exponent), BigInteger.One, normalize: true)
            : new Fraction(mantissa, BigInteger.Pow(10, -exponent), normalize: true);
        return new Token(TokenKind.Number, text[start..position], start, line, column)
        {
            Value = value,
            IsIntegerLiteral = exponentStart < 0 && fractionDigits == 0,
        };
    }
}
