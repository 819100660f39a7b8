using Fractions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Tests.Generators;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>
/// Valid rewrites are Proved; real perturbations are Refuted by a witness that separates the sides
/// when re-evaluated independently at another precision. Replay a failure with Replay = "seed,gamma".
/// </summary>
public class DecisionProperties
{
    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 150)]
    public Property RewriteIsProved(Expr expression, int seed)
    {
        var rewritten = ValidRewrites.ApplyOne(expression, new Random(seed));
        return (IdentityDecider.Decide(new IdentityClaim(expression, rewritten)) is Proved).Label($"{expression}  vs  {rewritten}");
    }

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 100)]
    public Property ChangedConstantIsRefutedBySeparatingWitness(Expr expression, PositiveInt numerator) =>
        RefutedBySeparatingWitness(expression, new Add(expression, new Constant(new Fraction(numerator.Get, 7))));

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 100)]
    public Property FlippedSignIsRefutedBySeparatingWitness(Expr first, Expr second) =>
        RefutedBySeparatingWitness(new Add(first, second), new Subtract(first, second))
            .When(IdentityDecider.Decide(new IdentityClaim(second, 0)) is not Proved);

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 100)]
    public Property DroppedTermIsRefutedBySeparatingWitness(Expr first, Expr second) =>
        RefutedBySeparatingWitness(new Add(first, second), first)
            .When(IdentityDecider.Decide(new IdentityClaim(second, 0)) is not Proved);

    private static Property RefutedBySeparatingWitness(Expr left, Expr right)
    {
        var verdict = IdentityDecider.Decide(new IdentityClaim(left, right));
        if (verdict is not Refuted refuted)
        {
            return false.Label($"not refuted: {verdict} for {left}  vs  {right}");
        }

        // Separation is what certified enclosures say, redone at four times the engine's precision: disjoint means the
        // sides differ there, however small the gap (a dropped softmax term of 10⁻²² is a real difference; a fixed
        // tolerance such as 10⁻²⁰ called such a witness "not separating").
        var point = refuted.Witness.Point.ToDictionary(p => p.Key, p => p.Value);
        var limits = new EngineLimits(MaxWitnessOperations: 100_000_000);
        var leftValue = EnclosureEvaluator.Evaluate(left, point, 1024, limits);
        var rightValue = EnclosureEvaluator.Evaluate(right, point, 1024, limits);
        var separates = leftValue is Enclosed l && rightValue is Enclosed r && l.Value.IsDisjointFrom(r.Value);
        return separates.Label($"witness {refuted.Witness} does not separate {left}  vs  {right}: {leftValue} vs {rightValue} at 1024 bits");
    }
}
