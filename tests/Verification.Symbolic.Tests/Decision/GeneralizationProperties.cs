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
/// Claims taken out of the fragment by putting e^(x + p) or σ(x + p) in place of x in an identity of
/// the fragment: generalization proves the true ones, and whatever it proves holds where it is
/// evaluated. Replay a failure with Replay = "(seed,gamma,size)" as printed.
/// </summary>
public class GeneralizationProperties
{
    /// <summary>Where every proof is checked: generic rational points, all three symbols non-zero.</summary>
    private static readonly Dictionary<string, Fraction>[] Points =
    [
        new() { ["x"] = new Fraction(1, 3), ["y"] = new Fraction(-2, 5), ["z"] = new Fraction(3, 7) },
        new() { ["x"] = new Fraction(2), ["y"] = new Fraction(1, 2), ["z"] = new Fraction(-1) },
        new() { ["x"] = new Fraction(-3, 2), ["y"] = new Fraction(5, 4), ["z"] = new Fraction(1, 5) },
    ];

    /// <summary>Few points and a low precision: these claims are about what is proved, not about the search.</summary>
    private static readonly EngineLimits Limits = new(WitnessAttempts: 3, MaxWitnessPrecisionBits: 512);

    /// <summary>e^(x + p) or σ(x + p): x enters the claim only through it, so a derivative by x sees it.</summary>
    private static Gen<Expr> Inner =>
        from p in FragmentExpressions.Polynomial
        from nested in Gen.Elements<Func<Expr, Expr>>(static a => new Exp(a), static a => new Sigmoid(a))
        select nested(new Add(Atoms.X, p));

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 100)]
    public Property AnIdentityWithANestedExpressionForItsSymbolIsProved(Expr template, int seed) =>
        Prop.ForAll(Inner.ToArbitrary(), inner =>
        {
            var rewritten = ValidRewrites.ApplyOne(template, new Random(seed));

            // The right side also with σ(a) written 1 − σ(−a): two obstacles that differ by a constant.
            var claims = new[] { Nested(template, rewritten, inner), Nested(template, rewritten, inner, Mirror(inner)) };
            var unproved = claims.Select(claim => (Claim: claim, Verdict: IdentityDecider.Decide(claim, Limits))).Where(static c => c.Verdict is not Proved).ToList();
            return (unproved.Count == 0).Label(string.Join("\n", unproved.Select(static c => $"{c.Claim.Left}  vs  {c.Claim.Right}: {c.Verdict}")));
        });

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 60)]
    public Property WhatIsProvedHoldsAtEveryPointItIsEvaluated(Expr template, int seed, PositiveInt shift) =>
        Prop.ForAll(Inner.ToArbitrary(), inner =>
        {
            var rewritten = ValidRewrites.ApplyOne(template, new Random(seed));
            var nested = Nested(template, rewritten, inner);
            var (left, right) = (nested.Left, nested.Right);
            var claims = new[]
            {
                nested,
                new IdentityClaim(left, new Add(right, new Constant(new Fraction(shift.Get, 7)))),

                // False unless the template does not depend on x: a proof that took e^(x + p) as a
                // variable inside diff(…, x) would call the derivative 0.
                new IdentityClaim(new Derivative(left, Atoms.X), 0),
                new IdentityClaim(new Derivative(left, Atoms.Y), new Derivative(right, Atoms.Y)),

                // σ(a) against 1 − σ(−a), and against σ(−a) − 1, which is another function: a relation
                // between obstacles taken with the wrong sign or constant would prove the second.
                Nested(template, rewritten, inner, Mirror(inner)),
                Nested(template, rewritten, inner, inner is Sigmoid(var a) ? new Subtract(new Sigmoid(new Negate(a)), 1) : new Add(inner, 1)),
            };
            var failures = claims
                .Where(claim => IdentityDecider.Decide(claim, Limits) is Proved)
                .SelectMany(claim => Points.Where(point => Separated(claim, point)).Select(point => $"proved, yet the sides differ at {string.Join(", ", point.Select(p => $"{p.Key} = {p.Value}"))}: {claim.Left}  vs  {claim.Right}"))
                .ToList();
            return (failures.Count == 0).Label(string.Join("\n", failures));
        });

    private static IdentityClaim Nested(Expr left, Expr right, Expr inner, Expr? innerOnTheRight = null) =>
        new(Substitution.Apply(left, Atoms.X, inner), Substitution.Apply(right, Atoms.X, innerOnTheRight ?? inner));

    /// <summary>σ(a) written as 1 − σ(−a); anything else as it is.</summary>
    private static Expr Mirror(Expr inner) => inner is Sigmoid(var a) ? new Subtract(1, new Sigmoid(new Negate(a))) : inner;

    private static bool Separated(IdentityClaim claim, IReadOnlyDictionary<string, Fraction> point) =>
        EnclosureEvaluator.Evaluate(claim.Left, point, 256) is Enclosed left
        && EnclosureEvaluator.Evaluate(claim.Right, point, 256) is Enclosed right
        && left.Value.IsDisjointFrom(right.Value);
}
