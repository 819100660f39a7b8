using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// The syntax parser's two bounds, exactly at the limit and one past it: nesting (200 levels of
/// parentheses, signs or calls) and the height of a syntax tree (2000, the longest chain).
/// </summary>
public class SyntaxLimitTests
{
    private const string TooDeep = "nested too deeply: more than 200 levels of parentheses, signs or calls";
    private const string TooLong = "expression too long: more than 2000 operations in one chain (split the claim, or use sum(...))";

    private static string Parens(int depth) => new string('(', depth) + "x" + new string(')', depth);

    private static string Chain(int operators, string op = "+") => string.Join($" {op} ", Enumerable.Repeat("x", operators + 1));

    [Fact]
    public void AClaimNestsAtMostTwoHundredLevels()
    {
        // The claim is level 1 and each operand level one more: p parentheses put x at level p + 2.
        Assert.Equal(Eq(S("x"), S("x")), ParseClaim(Parens(198) + " == x"));

        var error = ParseFailure(Parens(199) + " == x");
        Assert.Equal((1, 200, TooDeep), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void AnExpressionNestsAtMostTwoHundredLevels()
    {
        // No claim level: p parentheses put x at level p + 1.
        Assert.Equal(S("x"), ParseExpr(Parens(199)));

        var error = ClaimParser.ParseExpression(Parens(200)).Error!;
        Assert.Equal((1, 201, TooDeep), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void SignsAndCallsCountAsLevels()
    {
        Assert.Equal(Eq(S("x"), S("x")), ParseClaim(new string('+', 198) + "x == x"));
        var signs = ParseFailure(new string('+', 199) + "x == x");
        Assert.Equal((1, 200, TooDeep), (signs.Line, signs.Column, signs.Message));

        Assert.True(ClaimParser.Parse(string.Concat(Enumerable.Repeat("exp(", 198)) + "x" + new string(')', 198) + " == x").IsSuccess);
        var calls = ParseFailure(string.Concat(Enumerable.Repeat("exp(", 199)) + "x" + new string(')', 199) + " == x");
        Assert.Equal((1, 797, TooDeep), (calls.Line, calls.Column, calls.Message));
    }

    [Theory]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("/")]
    public void AChainHasAtMostTwoThousandLevels(string op)
    {
        // m operators make a left-nested chain m + 1 nodes tall.
        Assert.True(ClaimParser.Parse(Chain(1999, op) + " == x").IsSuccess);

        // "x op " is 4 characters, so the k-th operator is at column 4k - 1.
        var error = ParseFailure(Chain(2000, op) + " == x");
        Assert.Equal((1, 7999, TooLong), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void ArgumentsVectorsSubscriptsAndSumsAreAsTallAsTheirContentPlusOne()
    {
        // Each wrapper adds one level over its tallest part; "+ x" then adds one more, and 2001 is
        // one past the bound. One level less is accepted.
        Assert.Equal(TooLong, ParseFailure($"logsumexp([{Chain(1997)}]) + x == x").Message);
        Assert.True(ClaimParser.Parse($"logsumexp([{Chain(1996)}]) + x == x").IsSuccess);

        var ones = string.Join(" + ", Enumerable.Repeat("1", 1999));
        Assert.Equal(TooLong, ParseFailure($"z[{ones}] + x == x").Message);
        Assert.Equal(Eq(new Verification.Symbolic.Expressions.Add(S("z1998"), S("x")), S("x")), ParseClaim($"z[{string.Join(" + ", Enumerable.Repeat("1", 1998))}] + x == x"));

        Assert.Equal(TooLong, ParseFailure($"sum(k in 0..0: {Chain(1998)}) + x == x").Message);
        Assert.Equal(TooLong, ParseFailure($"-({Chain(1998)}) + x == x").Message);
        Assert.Equal(TooLong, ParseFailure($"softmax([a], 0, temperature: {Chain(1998)}) + x == x").Message);
    }
}
