using System.Collections.Immutable;
using Fractions;
using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// Random expressions over x and y that are defined at every real point: log, division and negative
/// powers are only applied to expressions that are positive by construction (1 + u², e^u, σ(u),
/// sums of those). Every node kind occurs, including nested <see cref="Derivative"/> nodes.
/// </summary>
/// <remarks>
/// Sizes are halved at each level (Gen.Sized) and capped, so trees stay small enough to differentiate
/// twice; exp is applied to a quarter-size argument so values stay far from the evaluator's range
/// limit. Binary cross-entropy gets small logits: its elementary definition computes 1 − σ(z), which
/// rounds to 0 (and makes the definition undefined numerically) once e^−z is below the precision.
/// </remarks>
public static class DefinedExpressions
{
    public const int MaxSize = 32;

    public static Symbol X => Atoms.X;

    public static Symbol Y => Atoms.Y;

    public static Gen<Expr> Expressions => Gen.Sized(size => OfSize(Math.Min(size, MaxSize)));

    /// <summary>Expressions that mention both x and y (so neither partial derivative is trivially 0).</summary>
    public static Gen<PointedExpression> PointedExpressions =>
        Pointed(Expressions.Where(static e => ExprTraversal.Contains(e, X) && ExprTraversal.Contains(e, Y)), Coordinate);

    /// <summary>
    /// Smaller trees (size ≤ 12) that mention x, at points in [−1, 1]: for comparisons with finite
    /// differences in doubles, whose error grows with the tree and with the magnitudes it reaches.
    /// </summary>
    public static Gen<PointedExpression> GentlePointedExpressions =>
        Pointed(Gen.Sized(size => OfSize(Math.Min(size, 12))).Where(static e => ExprTraversal.Contains(e, X)), DyadicCoordinates(8));

    /// <summary>A small dyadic rational k/8 in [−2, 2].</summary>
    public static Gen<Fraction> Coordinate => DyadicCoordinates(16);

    /// <summary>k/8 with |k| ≤ <paramref name="bound"/>: exact in a double, so compiled code sees the exact point.</summary>
    public static Gen<Fraction> DyadicCoordinates(int bound) => Gen.Choose(-bound, bound).Select(static k => new Fraction(k, 8));

    public static Gen<PointedExpression> Pointed(Gen<Expr> expressions, Gen<Fraction> coordinates) =>
        from e in expressions
        from x in coordinates
        from y in coordinates
        select new PointedExpression(e, ImmutableDictionary<string, Fraction>.Empty.Add("x", x).Add("y", y));

    public static Gen<Expr> OfSize(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var half = OfSize(size / 2);
        var positive = Positive(size / 2);
        return Gen.Frequency(
        [
            (3, Leaf),
            .. Nodes.DefinedArithmetic(half, positive),
            (2, Nodes.Power(half, Gen.Choose(0, 3))),
            (1, Nodes.Power(positive, Gen.Choose(-2, -1))),
            (2, Nodes.Exp(OfSize(size / 4))),
            (2, Nodes.Log(positive)),
            (2, Nodes.Sigmoid(half)),
            (1, Nodes.Activation(half)),
            (1, Nodes.Softmax(Logits(size))),
            (1, Nodes.LogSoftmax(Logits(size))),
            (1, Nodes.LogSumExp(Logits(size))),
            (1, Nodes.BinaryCrossEntropy(OfSize(Math.Min(2, size / 2)), Target)),
            (1, Nodes.CrossEntropy(Logits(size), Targets)),
            (1, Nodes.KroneckerDelta(Gen.Choose(0, 2), Gen.Choose(0, 2))),
            (1, Nodes.Derivative(half, Atoms.SymbolFrom(X, Y))),
        ]);
    }

    private static Gen<Expr> Leaf => Gen.Frequency(
        (3, Gen.Constant<Expr>(X)),
        (3, Gen.Constant<Expr>(Y)),
        (2, Atoms.Rationals(Gen.Choose(-5, 5), Gen.Choose(1, 4)).Select(static c => (Expr)c)));

    /// <summary>A probability k/4, the target of a cross-entropy.</summary>
    private static Gen<Expr> Target => from k in Gen.Choose(0, 4) select (Expr)Atoms.Rational(k, 4);

    private static Gen<ExprList> Targets(int count) => Nodes.List(Target, count);

    // One to three logits, each smaller the more there are, so a softmax costs about one subtree.
    private static Gen<ExprList> Logits(int size) =>
        from count in Gen.Choose(1, 3)
        from logits in Nodes.List(OfSize(size / (count + 1)), count)
        select logits;

    // Expressions that are > 0 at every real point.
    private static Gen<Expr> Positive(int size)
    {
        var inner = OfSize(size / 2);
        return Gen.OneOf(
            inner.Select(static u => (Expr)new Add(1, new Power(u, 2))),
            Nodes.Exp(OfSize(size / 4)),
            Nodes.Sigmoid(inner),
            Nodes.Add(Nodes.Exp(OfSize(size / 4)), Nodes.Exp(OfSize(size / 4))),
            from k in Gen.Choose(1, 7) select (Expr)Atoms.Rational(k, 3));
    }
}
