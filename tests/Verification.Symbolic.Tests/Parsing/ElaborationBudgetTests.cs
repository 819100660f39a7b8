using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// The elaboration bounds of <see cref="EngineLimits"/>, each exactly at the limit (accepted) and one
/// below it (refused), with small limits so the node counts can be made by hand: every symbol,
/// constant and operator built is one node.
/// </summary>
public class ElaborationBudgetTests
{
    private static ParseResult<Claim> Parse(string text, EngineLimits limits) => ClaimParser.Parse(text, limits);

    private static void AssertFails(ParseResult<Claim> result, int line, int column, string message)
    {
        Assert.False(result.IsSuccess, $"parsed, to {result.Value}");
        Assert.Equal((line, column, message), (result.Error.Line, result.Error.Column, result.Error.Message));
    }

    [Fact]
    public void AnIdentityMayExpandToExactlyMaxNodes()
    {
        // a, b, a + b, c: four nodes.
        Assert.True(Parse("a + b == c", new EngineLimits(MaxNodes: 4)).IsSuccess);

        // The error points at the claim's first token, wherever it starts.
        AssertFails(Parse("\n  a + b == c", new EngineLimits(MaxNodes: 3)), 2, 3, "the claim expands to more than 3 expression nodes");
    }

    [Fact]
    public void EachInstanceHasItsOwnBudgetAndTheFamilyATotal()
    {
        // Two instances of two nodes each: four in all.
        const string text = "for i in 0..1: a == b";
        Assert.Equal(2, Assert.IsType<ClaimFamily>(Parse(text, new EngineLimits(MaxNodes: 2, MaxFamilyNodes: 4)).Value).Instances.Count);
        AssertFails(Parse(text, new EngineLimits(MaxNodes: 2, MaxFamilyNodes: 3)), 1, 1, "the family expands to more than 3 expression nodes");
        AssertFails(Parse(text, new EngineLimits(MaxNodes: 1)), 1, 1, "the claim expands to more than 1 expression nodes");
    }

    [Fact]
    public void ASubstitutionSpendsItsReplacementOncePerOccurrence()
    {
        // a, a, a + a, b, c, d, c + d: seven nodes; then a occurs twice, each replaced by three nodes.
        const string text = "a + a == b where a = c + d";
        Assert.True(Parse(text, new EngineLimits(MaxNodes: 13)).IsSuccess);
        AssertFails(Parse(text, new EngineLimits(MaxNodes: 12)), 1, 1, "the claim expands to more than 12 expression nodes");
    }

    [Fact]
    public void TheSymbolsListedByASolveCountToo()
    {
        // The unknown w, then w and x of the equation: three.
        Assert.True(Parse("solve w: w == x", new EngineLimits(MaxNodes: 3)).IsSuccess);
        AssertFails(Parse("solve w: w == x", new EngineLimits(MaxNodes: 2)), 1, 1, "the claim expands to more than 2 expression nodes");
    }

    [Fact]
    public void AFamilyHasAtMostMaxInstances()
    {
        Assert.Equal(2, Assert.IsType<ClaimFamily>(Parse("for i in 0..1: a == b", new EngineLimits(MaxInstances: 2)).Value).Instances.Count);
        AssertFails(Parse("for i in 0..2: a == b", new EngineLimits(MaxInstances: 2)), 1, 1, "the family has more than 2 instances");
    }

    public static TheoryData<string, int> TallSides => new()
    {
        { "a + b + c + d == e", 1 },
        { "e == a + b + c + d", 6 },
        { "solve a: a + b + c + d == e", 10 },
        { "solve a: e == a + b + c + d", 15 },
        { "for all n >= 1: a + b + c + d == e", 17 },
        { "for all n >= 1: e == a + b + c + d", 22 },
        { "for all n >= 1: a == b where a + b + c + d == e", 30 },
        { "for all n >= 1: a == b where e == a + b + c + d", 35 },
    };

    [Theory]
    [MemberData(nameof(TallSides))]
    public void EverySideAndHypothesisIsAtMostMaxExpressionHeightTall(string text, int column)
    {
        // a + b + c + d is three additions over a leaf: four levels.
        var limits = new EngineLimits(MaxExpressionHeight: 3);
        AssertFails(Parse(text, limits), 1, column, "the expression expands to a tree more than 3 levels deep");
        Assert.True(Parse(text.Replace(" + d", string.Empty, StringComparison.Ordinal), limits).IsSuccess);
    }

    [Fact]
    public void ABareExpressionIsAtMostTwoThousandLevelsTall()
    {
        // A chain of 1999 additions is 2000 levels; the negation around it makes 2001.
        var chain = string.Join(" + ", Enumerable.Repeat("x", 2000));
        var error = ClaimParser.ParseExpression($"-({chain})").Error!;
        Assert.Equal((1, 1, "the expression expands to a tree more than 2000 levels deep"), (error.Line, error.Column, error.Message));

        Assert.True(ClaimParser.ParseExpression($"-({string.Join(" + ", Enumerable.Repeat("x", 1999))})").IsSuccess);
    }

    [Fact]
    public void ARangeHasAtMostMaxRangeLengthValues()
    {
        var limits = new EngineLimits(MaxRangeLength: 3);
        Assert.True(Parse("sum(k in 0..2: x) == 0", limits).IsSuccess);
        AssertFails(Parse("sum(k in 0..3: x) == 0", limits), 1, 10, "the range 0..3 has more than 3 values");
        AssertFails(Parse("logsumexp([z[0..3]]) == 0", limits), 1, 14, "the range 0..3 has more than 3 values");

        Assert.True(ClaimParser.Parse("sum(k in 1..1000: x) == 0").IsSuccess);
        Assert.Equal("the range 0..1000 has more than 1000 values", ParseFailure("sum(k in 0..1000: x) == 0").Message);
    }

    [Fact]
    public void TheLeastLengthOfAClaimForEveryNIsWithinTheRangeLimit()
    {
        Assert.Equal(1000, Assert.IsType<GeneralClaim>(ParseClaim("for all n >= 1000: x == x")).MinimumSize);
        var error = ParseFailure("for all n >= 1001: x == x");
        Assert.Equal((1, 14, "the least length n must be in 1..1000, not 1001"), (error.Line, error.Column, error.Message));
        Assert.Equal("the least length n must be in 1..1000, not 0", ParseFailure("for all n >= 0: x == x").Message);
        Assert.Equal(1, Assert.IsType<GeneralClaim>(ParseClaim("for all n >= 1: x == x")).MinimumSize);
    }
}
