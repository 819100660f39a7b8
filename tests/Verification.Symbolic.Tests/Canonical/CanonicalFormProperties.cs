using Fractions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Tests.Generators;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>
/// The canonical form sees through every valid rewrite and is never fooled by a real change.
/// FsCheck prints the seed of a failing run; replay it with [Property(Replay = "seed,gamma")].
/// </summary>
public class CanonicalFormProperties
{
    private static readonly Symbol X = new("x");

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 300)]
    public Property ValidRewriteIsFormallyZero(Expr expression, int seed)
    {
        var rewritten = ValidRewrites.ApplyOne(expression, new Random(seed));
        return Difference(expression, rewritten).IsZero
            .Label($"{expression}  vs  {rewritten}");
    }

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 300)]
    public Property ChainOfRewritesIsFormallyZero(Expr expression, int seed)
    {
        var random = new Random(seed);
        var rewritten = expression;
        for (var step = 0; step < 5; step++)
        {
            rewritten = ValidRewrites.ApplyOne(rewritten, random);
        }

        return Difference(expression, rewritten).IsZero.Label($"{expression}  vs  {rewritten}");
    }

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 300)]
    public Property ChangedConstantIsNotZero(Expr expression, PositiveInt numerator)
    {
        var changed = new Add(expression, new Constant(new Fraction(numerator.Get, 7)));
        return (!Difference(expression, changed).IsZero).Label($"{expression}");
    }

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 300)]
    public Property FlippedSignOfANonZeroTermIsNotZero(Expr first, Expr second)
    {
        var secondIsZero = Canonical(second).IsZero;
        var original = new Add(first, second);
        var flipped = new Subtract(first, second);
        return (!Difference(original, flipped).IsZero).When(!secondIsZero).Label($"{original}");
    }

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 300)]
    public Property DroppedNonZeroTermIsNotZero(Expr first, Expr second)
    {
        var secondIsZero = Canonical(second).IsZero;
        return (!Difference(new Add(first, second), first).IsZero).When(!secondIsZero).Label($"{first} + {second}");
    }

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 200)]
    public Property DerivativeOfSumIsSumOfDerivatives(Expr first, Expr second) =>
        Difference(
            new Derivative(new Add(first, second), X),
            new Add(new Derivative(first, X), new Derivative(second, X))).IsZero.ToProperty();

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 200)]
    public Property ProductRuleHolds(Expr first, Expr second) =>
        Difference(
            new Derivative(new Multiply(first, second), X),
            new Add(new Multiply(new Derivative(first, X), second), new Multiply(first, new Derivative(second, X)))).IsZero.ToProperty();

    private static CanonicalForm Canonical(Expr expression) => Canonicalizer.ToCanonical(expression, new CanonicalContext());

    private static CanonicalForm Difference(Expr left, Expr right)
    {
        var context = new CanonicalContext();
        return Canonicalizer.ToCanonical(left, context).Subtract(Canonicalizer.ToCanonical(right, context), context);
    }
}
