using System.Collections.Immutable;
using Fractions;
using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Calculus;
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

    public static readonly Symbol X = new("x");
    public static readonly Symbol Y = new("y");

    public static Gen<Expr> Expressions => Gen.Sized(size => OfSize(Math.Min(size, MaxSize)));

    /// <summary>Expressions that mention both x and y (so neither partial derivative is trivially 0).</summary>
    public static Gen<PointedExpression> PointedExpressions =>
        Pointed(Expressions.Where(static e => ExprTraversal.Contains(e, X) && ExprTraversal.Contains(e, Y)), Coordinate);

    /// <summary>A small dyadic rational k/8 in [−2, 2].</summary>
    public static Gen<Fraction> Coordinate => Gen.Choose(-16, 16).Select(k => new Fraction(k, 8));

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
            (3, Leaf),
            (3, Binary(half, static (a, b) => new Add(a, b))),
            (2, Binary(half, static (a, b) => new Subtract(a, b))),
            (3, Binary(half, static (a, b) => new Multiply(a, b))),
            (2, Binary(half, positive, static (a, b) => new Divide(a, b))),
            (1, half.Select(static a => (Expr)new Negate(a))),
            (2, from b in half from n in Gen.Choose(0, 3) select (Expr)new Power(b, n)),
            (1, from b in positive from n in Gen.Choose(-2, -1) select (Expr)new Power(b, n)),
            (2, OfSize(size / 4).Select(static a => (Expr)new Exp(a))),
            (2, positive.Select(static a => (Expr)new Log(a))),
            (2, half.Select(static a => (Expr)new Sigmoid(a))),
            (1, from f in Gen.Elements(ActivationFunction.All.ToArray()) from a in half select (Expr)new Activation(f, a)),
            (1, from z in Logits(size) from i in Gen.Choose(0, z.Count - 1) select (Expr)new Softmax(z, i)),
            (1, from z in Logits(size) from i in Gen.Choose(0, z.Count - 1) select (Expr)new LogSoftmax(z, i)),
            (1, Logits(size).Select(static z => (Expr)new LogSumExp(z))),
            (1, from z in OfSize(Math.Min(2, size / 2)) from y in Target select (Expr)new BinaryCrossEntropy(z, y)),
            (1, from z in Logits(size) from y in Targets(z.Count) select (Expr)new CrossEntropy(z, y)),
            (1, from d in Gen.Choose(0, 2) from i in Gen.Choose(0, 2) select (Expr)new KroneckerDelta(d, i)),
            (1, from body in half from v in Gen.Elements(X, Y) select (Expr)new Derivative(body, v)));
    }

    private static Gen<Expr> Leaf => Gen.Frequency(
        (3, Gen.Constant<Expr>(X)),
        (3, Gen.Constant<Expr>(Y)),
        (2, from n in Gen.Choose(-5, 5) from d in Gen.Choose(1, 4) select Expr.Number(n, d)));

    private static Gen<Expr> Target => from k in Gen.Choose(0, 4) select Expr.Number(k, 4);

    private static Gen<ExprList> Targets(int count) => Gen.ListOf(Target, count).Select(static ys => new ExprList(ys));

    private static Gen<ExprList> Logits(int size) =>
        from count in Gen.Choose(1, 3)
        from logits in Gen.ListOf(OfSize(size / (count + 1)), count)
        select new ExprList(logits);

    // Expressions that are > 0 at every real point.
    private static Gen<Expr> Positive(int size)
    {
        var inner = OfSize(size / 2);
        return Gen.OneOf(
            inner.Select(static u => (Expr)new Add(1, new Power(u, 2))),
            OfSize(size / 4).Select(static u => (Expr)new Exp(u)),
            inner.Select(static u => (Expr)new Sigmoid(u)),
            Binary(OfSize(size / 4), static (u, v) => new Add(new Exp(u), new Exp(v))),
            from k in Gen.Choose(1, 7) select Expr.Number(k, 3));
    }

    private static Gen<Expr> Binary(Gen<Expr> operands, Func<Expr, Expr, Expr> create) => Binary(operands, operands, create);

    private static Gen<Expr> Binary(Gen<Expr> left, Gen<Expr> right, Func<Expr, Expr, Expr> create) =>
        from a in left
        from b in right
        select create(a, b);
}
