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
            var claim = Nested(template, ValidRewrites.ApplyOne(template, new Random(seed)), inner);
            var verdict = IdentityDecider.Decide(claim, Limits);
            return (verdict is Proved).Label($"{claim.Left}  vs  {claim.Right}: {verdict}");
        });

    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 60)]
    public Property WhatIsProvedHoldsAtEveryPointItIsEvaluated(Expr template, int seed, PositiveInt shift) =>
        Prop.ForAll(Inner.ToArbitrary(), inner =>
        {
            var nested = Nested(template, ValidRewrites.ApplyOne(template, new Random(seed)), inner);
            var (left, right) = (nested.Left, nested.Right);
            var claims = new[]
            {
                nested,
                new IdentityClaim(left, new Add(right, new Constant(new Fraction(shift.Get, 7)))),

                // False unless the template does not depend on x: a proof that took e^(x + p) as a
                // variable inside diff(…, x) would call the derivative 0.
                new IdentityClaim(new Derivative(left, Atoms.X), 0),
                new IdentityClaim(new Derivative(left, Atoms.Y), new Derivative(right, Atoms.Y)),
            };
            var failures = claims
                .Where(claim => IdentityDecider.Decide(claim, Limits) is Proved)
                .SelectMany(claim => Points.Where(point => Separated(claim, point)).Select(point => $"proved, yet the sides differ at {string.Join(", ", point.Select(p => $"{p.Key} = {p.Value}"))}: {claim.Left}  vs  {claim.Right}"))
                .ToList();
            return (failures.Count == 0).Label(string.Join("\n", failures));
        });

    private static IdentityClaim Nested(Expr left, Expr right, Expr inner) =>
        new(Substitution.Apply(left, Atoms.X, inner), Substitution.Apply(right, Atoms.X, inner));

    private static bool Separated(IdentityClaim claim, IReadOnlyDictionary<string, Fraction> point) =>
        EnclosureEvaluator.Evaluate(claim.Left, point, 256) is Enclosed left
        && EnclosureEvaluator.Evaluate(claim.Right, point, 256) is Enclosed right
        && left.Value.IsDisjointFrom(right.Value);
}
