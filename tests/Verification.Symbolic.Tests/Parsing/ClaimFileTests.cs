using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// <see cref="ClaimParser.ParseFile"/> (claim-language.md, "Files"): one claim per line, blank and
/// comment lines skipped, a trailing backslash joining lines, line numbers of the whole file.
/// </summary>
public class ClaimFileTests
{
    [Fact]
    public void AContinuationIntoABlankLineIsBlank()
    {
        // Line 1 is a lone backslash continued into the empty line 2: nothing to parse there.
        var lines = ClaimParser.ParseFile("\\\n\nx == x");
        Assert.Equal([3], lines.Select(l => l.Line));
        Assert.Equal(Eq(S("x"), S("x")), lines[0].Result.Value);
    }

    [Fact]
    public void ALoneBackslashJoinsTheNextLine()
    {
        var line = Assert.Single(ClaimParser.ParseFile("\\\nx == x"));
        Assert.Equal((1, "\\\nx == x"), (line.Line, line.Text));
        Assert.Equal(Eq(S("x"), S("x")), line.Result.Value);
    }

    [Fact]
    public void ABackslashInsideACommentDoesNotContinue()
    {
        var lines = ClaimParser.ParseFile("x == x # \\\ny == y");
        Assert.Equal([1, 2], lines.Select(l => l.Line));
        Assert.Equal(["x == x # \\", "y == y"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.True(l.Result.IsSuccess));
    }

    [Fact]
    public void CarriageReturnsAreDroppedFromTheText()
    {
        var lines = ClaimParser.ParseFile("x == x\r\ny == y\r\n");
        Assert.Equal(["x == x", "y == y"], lines.Select(l => l.Text));
        Assert.Equal([Eq(S("x"), S("x")), Eq(S("y"), S("y"))], lines.Select(l => l.Result.Value));
    }

    [Fact]
    public void SeveralContinuationsMakeOneClaimAndTheNextCountsOn()
    {
        var lines = ClaimParser.ParseFile("x == \\\n  \\\n  x\nb = b");
        Assert.Equal([1, 4], lines.Select(l => l.Line));
        Assert.Equal(Eq(S("x"), S("x")), lines[0].Result.Value);
        Assert.Equal((4, 3), (lines[1].Result.Error!.Line, lines[1].Result.Error!.Column));
    }

    [Fact]
    public void AContinuationAtTheEndOfTheFileEndsTheClaim()
    {
        var line = Assert.Single(ClaimParser.ParseFile("\n\nx ==\\"));
        Assert.Equal((3, "x ==\\"), (line.Line, line.Text));
        var error = line.Result.Error!;
        Assert.Equal((3, 5, "expected an expression, found end of input"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void AContinuationIntoTheEmptyLastLineKeepsItsNewline()
    {
        var line = Assert.Single(ClaimParser.ParseFile("x == \\\n"));
        Assert.Equal((1, "x == \\\n"), (line.Line, line.Text));
        Assert.Equal((1, 5), (line.Result.Error!.Line, line.Result.Error!.Column));
    }

    [Fact]
    public void AnEmptyOrBlankFileHasNoClaims()
    {
        Assert.Empty(ClaimParser.ParseFile(string.Empty));
        Assert.Empty(ClaimParser.ParseFile("\n  \n# c\n\t\r\n"));
    }

    [Fact]
    public void LimitsApplyToEveryClaimOfAFile()
    {
        var lines = ClaimParser.ParseFile("a == b\na + b == c", new EngineLimits(MaxNodes: 2));
        Assert.True(lines[0].Result.IsSuccess);
        Assert.Equal((2, 1, "the claim expands to more than 2 expression nodes"), (lines[1].Result.Error!.Line, lines[1].Result.Error!.Column, lines[1].Result.Error!.Message));
    }

    [Fact]
    public void TheInternalExceptionCarriesItsError()
    {
        Assert.Equal(new ParseError(1, 1, "parse error"), new ParseException().Error);
        Assert.Equal(new ParseError(1, 1, "m"), new ParseException("m").Error);
        var inner = new InvalidOperationException("inner");
        var wrapped = new ParseException("m", inner);
        Assert.Equal((new ParseError(1, 1, "m"), "m", inner), (wrapped.Error, wrapped.Message, wrapped.InnerException));
        Assert.Equal("2:3: m", new ParseException(new ParseError(2, 3, "m")).Message);
    }
}
