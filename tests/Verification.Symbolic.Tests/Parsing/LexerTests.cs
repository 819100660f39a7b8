using System.Numerics;
using Fractions;
using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Parsing.TokenKind;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// The tokens of the claim language (claim-language.md, "Tokens"): kinds, exact number values and
/// the 1-based line and column of each token. Expected values are read off the written text.
/// </summary>
public class LexerTests
{
    private static List<Token> Lex(string text) => Lexer.Tokenize(text);

    [Fact]
    public void EveryOperatorAndPunctuationHasItsKindAndColumn()
    {
        // One space between tokens, so each column is counted by hand from the string.
        var tokens = Lex("+ - * / ^ ** ( ) [ ] , : == = .. >=");

        Assert.Equal(
            [Plus, Minus, Star, Slash, Caret, Caret, LeftParen, RightParen, LeftBracket, RightBracket, Comma, Colon, EqualEqual, Equal, DotDot, GreaterEqual, End],
            tokens.Select(t => t.Kind));
        Assert.Equal(["+", "-", "*", "/", "^", "**", "(", ")", "[", "]", ",", ":", "==", "=", "..", ">=", ""], tokens.Select(t => t.Text));
        Assert.Equal([1, 3, 5, 7, 9, 11, 14, 16, 18, 20, 22, 24, 26, 29, 31, 34, 36], tokens.Select(t => t.Column));
        Assert.Equal([0, 2, 4, 6, 8, 10, 13, 15, 17, 19, 21, 23, 25, 28, 30, 33, 35], tokens.Select(t => t.Offset));
        Assert.All(tokens, t => Assert.Equal(1, t.Line));
    }

    [Fact]
    public void ATwoCharacterTokenIsTriedBeforeItsFirstCharacter()
    {
        Assert.Equal([Caret, Star, End], Lex("***").Select(t => t.Kind));
        Assert.Equal([EqualEqual, Equal, End], Lex("===").Select(t => t.Kind));
        Assert.Equal([GreaterEqual, Equal, End], Lex(">==").Select(t => t.Kind));
        Assert.Equal([Number, DotDot, Number, End], Lex("1..3").Select(t => t.Kind));
        Assert.Equal([Identifier, Equal, Identifier, End], Lex("a=b").Select(t => t.Kind));
    }

    [Fact]
    public void NamesAreAsciiLettersDigitsAndUnderscores()
    {
        var tokens = Lex("_a1 B2_c 1a");
        Assert.Equal([Identifier, Identifier, Number, Identifier, End], tokens.Select(t => t.Kind));
        Assert.Equal(["_a1", "B2_c", "1", "a", ""], tokens.Select(t => t.Text));
    }

    public static TheoryData<string, BigInteger, BigInteger, bool> Numbers => new()
    {
        { "3", 3, 1, true },
        { "007", 7, 1, true },
        { "0.25", 1, 4, false },
        { "0.50", 1, 2, false },
        { "3.0", 3, 1, false },
        { "1e-3", 1, 1000, false },
        { "2.5E+2", 250, 1, false },
        { "3e0", 3, 1, false },
        { "1.5e2", 150, 1, false },
        { "1e400", BigInteger.Pow(10, 400), 1, false },
        { "1e1000", BigInteger.Pow(10, 1000), 1, false },
        { "1e-1000", 1, BigInteger.Pow(10, 1000), false },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void ANumberIsOneTokenWithItsExactValue(string text, BigInteger numerator, BigInteger denominator, bool isInteger)
    {
        var tokens = Lex(text);
        Assert.Equal([Number, End], tokens.Select(t => t.Kind));
        Assert.Equal(text, tokens[0].Text);
        Assert.Equal(new Fraction(numerator, denominator), tokens[0].Value);
        Assert.Equal(isInteger, tokens[0].IsIntegerLiteral);
    }

    [Fact]
    public void AnExponentMarkerWithoutDigitsIsANameAfterTheNumber()
    {
        Assert.Equal([(Number, "2"), (Identifier, "e"), (End, "")], Lex("2e").Select(t => (t.Kind, t.Text)));
        Assert.Equal([(Number, "2"), (Identifier, "e"), (Plus, "+"), (End, "")], Lex("2e+").Select(t => (t.Kind, t.Text)));
        Assert.Equal([(Number, "2"), (Identifier, "ex"), (End, "")], Lex("2ex").Select(t => (t.Kind, t.Text)));
        Assert.Equal([(Number, "1"), (Invalid, "."), (Identifier, "e3"), (End, "")], Lex("1.e3").Select(t => (t.Kind, t.Text)));
    }

    [Fact]
    public void ANumberHasAtMostOneThousandDigits()
    {
        var longest = Lex(new string('9', 1000));
        Assert.Equal(Number, longest[0].Kind);
        Assert.Equal(new Fraction(BigInteger.Pow(10, 1000) - 1), longest[0].Value);

        var tooLong = Lex(new string('9', 1001));
        Assert.Equal(Invalid, tooLong[0].Kind);
        Assert.Equal(1001, tooLong[0].Length);
        Assert.Equal("a number may have at most 1000 digits", tooLong[0].Error);
    }

    [Theory]
    [InlineData("1e1001")]
    [InlineData("1e-1001")]
    [InlineData("1e99999999999")]
    public void ADecimalExponentLiesWithinPlusOrMinusOneThousand(string text)
    {
        var token = Lex(text)[0];
        Assert.Equal(Invalid, token.Kind);
        Assert.Equal(text, token.Text);
        Assert.Equal("the exponent of a number must lie in -1000..1000", token.Error);
    }

    [Fact]
    public void LinesAndColumnsAreOneBasedAndATabIsOneColumn()
    {
        var tokens = Lex("x\n  yy");
        Assert.Equal([(0, 1, 1), (4, 2, 3), (6, 2, 5)], tokens.Select(t => (t.Offset, t.Line, t.Column)));

        // \r, \f and \v are blanks; only \n starts a line.
        var blanks = Lex("\tx\r\n\f\vy");
        Assert.Equal([(1, 1, 2), (6, 2, 3)], blanks.Take(2).Select(t => (t.Offset, t.Line, t.Column)));
    }

    [Fact]
    public void TheEndOfAnEmptyTextIsAtItsStart()
    {
        Assert.Equal((End, 0, 1, 1), Single(Lex("   # only a comment")));

        // A slice of a file: the end is at the slice's start and first line.
        Assert.Equal((End, 2, 7, 1), Single(Lexer.Tokenize("xx   # c\n  ", 2, 11, 7)));

        static (TokenKind, int, int, int) Single(List<Token> tokens)
        {
            var token = Assert.Single(tokens);
            return (token.Kind, token.Offset, token.Line, token.Column);
        }
    }

    [Fact]
    public void ASliceIsReadOnlyUpToItsEnd()
    {
        // "2.5" cut after the point: the digit 5 beyond the slice must not make a decimal.
        Assert.Equal([(Number, "2"), (Invalid, "."), (End, "")], Lexer.Tokenize("2.5", 0, 2, 1).Select(t => (t.Kind, t.Text)));
        Assert.Equal([(Number, "1"), (Identifier, "e"), (End, "")], Lexer.Tokenize("1e5", 0, 2, 1).Select(t => (t.Kind, t.Text)));
        Assert.Equal([(Number, "1"), (DotDot, ".."), (End, "")], Lexer.Tokenize("1..3", 0, 3, 1).Select(t => (t.Kind, t.Text)));
    }

    [Fact]
    public void ABackslashEndingALineContinuesTheClaim()
    {
        var commented = Lex("a \\  # c\n b");
        Assert.Equal([(Identifier, 1, 1), (Identifier, 2, 2), (End, 2, 3)], commented.Select(t => (t.Kind, t.Line, t.Column)));

        var blanks = Lex("a \\\t\r\nb");
        Assert.Equal([(Identifier, 1, 1), (Identifier, 2, 1), (End, 2, 2)], blanks.Select(t => (t.Kind, t.Line, t.Column)));

        Assert.Equal([Identifier, End], Lex("a \\").Select(t => t.Kind));

        // At the end of a slice the backslash ends its line, whatever follows the slice.
        Assert.Equal([Identifier, End], Lexer.Tokenize("a \\x", 0, 3, 1).Select(t => t.Kind));
    }

    [Theory]
    [InlineData("a \\ b")]
    [InlineData("a \\b")]
    [InlineData("a \\\tb")]
    public void ABackslashInsideALineIsInvalid(string text)
    {
        var tokens = Lex(text);
        Assert.Equal([Identifier, Invalid, Identifier, End], tokens.Select(t => t.Kind));
        Assert.Equal((3, "\\"), (tokens[1].Column, tokens[1].Text));
        Assert.Equal("'\\' is only allowed at the end of a line, to continue the claim on the next line", tokens[1].Error);
    }

    public static TheoryData<string, string, string> InvalidCharacters => new()
    {
        { "!", "!", "unexpected character '!': a claim states one equality with '=='" },
        { "<", "<", "unexpected character '<': a claim states one equality with '=='" },
        { ">", ">", "unexpected character '>': a claim states one equality with '=='" },
        { "\u0001", "\u0001", "unexpected control character U+0001" },
        { "\u007F", "\u007F", "unexpected control character U+007F" },
        { "σ", "σ", "unexpected character 'σ'" },
        { "😀", "😀", "unexpected character '😀'" },
        { "\uD83D", "\uD83D", "unexpected character '\uD83D'" },
        { ".5", ".", "a number must start with a digit (write 0.5, not .5)" },
        { ".x", ".", "unexpected character '.'" },
        { "$", "$", "unexpected character '$'" },
    };

    [Theory]
    [MemberData(nameof(InvalidCharacters))]
    public void ACharacterWithNoUseIsAnInvalidTokenThatSaysWhy(string text, string shown, string error)
    {
        var tokens = Lex(text + "x");
        Assert.Equal(Invalid, tokens[0].Kind);
        Assert.Equal(shown, tokens[0].Text);
        Assert.Equal(error, tokens[0].Error);

        // The next token starts right after the invalid one (a surrogate pair is one character).
        Assert.Equal(1 + shown.Length, tokens[1].Column);
    }

    [Fact]
    public void TokensDescribeThemselvesForErrorMessages()
    {
        var tokens = Lex("x 3 +");
        Assert.Equal(["'x'", "number 3", "'+'", "end of input"], tokens.Select(t => t.Describe()));
        Assert.True(tokens[0].IsIdentifier("x"));
        Assert.False(tokens[0].IsIdentifier("X"));
        Assert.False(tokens[1].IsIdentifier("3"));
        Assert.Equal((3, 4), (tokens[1].Offset + tokens[1].Length, tokens[1].End + 1));
    }
}
