using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>The message of a refused step names the rule, both lines and what the engine said, witness point included.</summary>
public class UnverifiedStepExceptionTests
{
    private static readonly Expr Previous = ParseExpr("x + y");
    private static readonly Expr Next = ParseExpr("x + y + 1");

    /// <summary>The point is written symbol = value, the symbols in order and separated by ", ".</summary>
    [Fact]
    public void ARefutedStepGivesTheWitnessPoint()
    {
        var refuted = Assert.IsType<Refuted>(IdentityDecider.Decide(new IdentityClaim(Previous, Next)));
        var point = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
            new KeyValuePair<string, Fraction>("x", new Fraction(2)),
            new KeyValuePair<string, Fraction>("y", new Fraction(-3)),
        ]);
        var verdict = refuted with { Witness = refuted.Witness with { Point = point } };

        var exception = new UnverifiedStepException(Previous, Next, "sum rule", verdict);

        Assert.Equal("the step 'sum rule' from x + y to x + y + 1 was not proved (refuted: the two lines differ at x = 2, y = -3)", exception.Message);
        Assert.Equal("sum rule", exception.Rule);
        Assert.Same(verdict, exception.Verdict);
        Assert.Equal(Previous, exception.Previous);
        Assert.Equal(Next, exception.Next);
    }

    [Fact]
    public void AnUnknownStepGivesTheEnginesReason()
    {
        var exception = new UnverifiedStepException(Previous, Next, "factor", new Unknown("too large"));

        Assert.Equal("the step 'factor' from x + y to x + y + 1 was not proved (unknown: too large)", exception.Message);
    }

    [Fact]
    public void AProvedVerdictIsSaidToBeProved() =>
        Assert.EndsWith("(proved)", new UnverifiedStepException(Previous, Next, "r", new Proved("m", 1)).Message, StringComparison.Ordinal);

    /// <summary>The conventional constructors: no rule, 0 for both lines, the message as an unknown verdict.</summary>
    [Fact]
    public void TheConventionalConstructorsCarryNoRule()
    {
        var plain = new UnverifiedStepException();
        Assert.Equal("an explanation step was not proved", plain.Message);
        Assert.Equal(string.Empty, plain.Rule);
        Assert.Equal(new Unknown("an explanation step was not proved"), plain.Verdict);
        Assert.Equal(Constant.Zero, plain.Previous);

        var inner = new InvalidOperationException("inner");
        var wrapped = new UnverifiedStepException("outer", inner);
        Assert.Equal("outer", wrapped.Message);
        Assert.Same(inner, wrapped.InnerException);
        Assert.Equal(string.Empty, wrapped.Rule);
        Assert.Equal(new Unknown("outer"), wrapped.Verdict);
        Assert.Equal(Constant.Zero, wrapped.Next);
    }
}
