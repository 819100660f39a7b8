using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;
using Verification.Symbolic.Tests.Generators;

namespace Verification.Symbolic.Tests.Printing;

public class RoundTripTests
{
    [Property(MaxTest = 1500, Arbitrary = [typeof(PrintableArbitraries)])]
    public Property PrintedExpressionParsesBackToAnEqualTree(Expr expr)
    {
        var text = PlainTextPrinter.Print(expr);
        var result = ClaimParser.ParseExpression(text);
        return (result.IsSuccess && result.Value == expr).Label($"{text} -> {result}");
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(PrintableArbitraries)])]
    public Property PrintedIdentityParsesBackToAnEqualClaim(Expr left, Expr right)
    {
        var claim = new IdentityClaim(left, right);
        var text = PlainTextPrinter.Print(claim);
        var result = ClaimParser.Parse(text);
        return (result.IsSuccess && result.Value == claim).Label($"{text} -> {result}");
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(PrintableArbitraries)])]
    public Property PrintingIsStableUnderReparsing(Expr expr)
    {
        var once = PlainTextPrinter.Print(expr);
        var twice = PlainTextPrinter.Print(ClaimParser.ParseExpression(once).GetValueOrThrow());
        return (once == twice).Label($"{once} vs {twice}");
    }

    [Theory]
    [InlineData("solve w0, w1, b: sigmoid(w0 * x0 + w1 * x1 + b) == softmax([v00 * x0 + c0, 0], 0) for all x0, x1")]
    [InlineData("solve w: w * x == y for all ()")]
    [InlineData("solve w: w * x == y")]
    public void SolveClaimRoundTrips(string text)
    {
        var claim = Assert.IsType<SolveClaim>(ClaimParser.Parse(text).GetValueOrThrow());
        var back = Assert.IsType<SolveClaim>(ClaimParser.Parse(PlainTextPrinter.Print(claim)).GetValueOrThrow());
        Assert.Equal(claim.Unknowns, back.Unknowns);
        Assert.Equal(claim.ForAll, back.ForAll);
        Assert.Equal((claim.Left, claim.Right), (back.Left, back.Right));
    }

    [Fact]
    public void FamilyPrintsOneLinePerInstanceThatParsesBackToIt()
    {
        var family = Assert.IsType<ClaimFamily>(ClaimParser.Parse("for i, j in 0..2: diff(softmax([z[0..2]], i), z[j]) == softmax([z[0..2]], i) * (delta(i, j) - softmax([z[0..2]], j))").GetValueOrThrow());
        var lines = ClaimParser.ParseFile(PlainTextPrinter.Print(family));

        Assert.Equal(9, lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            var instance = Assert.Single(Assert.IsType<ClaimFamily>(lines[k].Result.GetValueOrThrow()).Instances);
            Assert.Equal(family.Instances[k].Indices, instance.Indices);
            Assert.Equal(family.Instances[k].Claim, instance.Claim);
        }

        Assert.StartsWith("for i = 0, j = 1: diff(softmax([z0, z1, z2], 0), z1) == ", lines[1].Text, StringComparison.Ordinal);
    }
}
