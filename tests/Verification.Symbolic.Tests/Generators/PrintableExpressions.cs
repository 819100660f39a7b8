using System.Numerics;
using Fractions;
using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// Random expression trees for property tests: every node kind, constants of every shape
/// (integers, negatives, decimals, fractions such as 1/3, huge ones), subscript-style names.
/// Sized with halving, so a tree's depth grows like log2 of the size. Every tree is one the
/// parser can build: names are identifiers of the claim language that are not reserved, lists are
/// non-empty, softmax indices are in range, cross-entropy vectors have equal lengths.
/// </summary>
public static class PrintableExpressions
{
    /// <summary>Symbol names used by the generator: plain, subscripted, underscored, Greek.</summary>
    public static IReadOnlyList<string> SymbolNames { get; } =
        ["x", "y", "z", "a", "b", "e", "z0", "z1", "z12", "y2", "v01", "w_prime", "x_1", "alpha", "theta0", "logit"];

    public static Gen<Symbol> Symbol { get; } = Gen.Elements(SymbolNames.ToArray()).Select(name => new Symbol(name));

    public static Gen<Constant> Constant { get; } = Gen.Frequency(
        (4, Gen.Choose(0, 20).Select(n => Make(n, 1))),
        (2, Gen.Choose(-20, -1).Select(n => Make(n, 1))),
        (2, from n in Gen.Choose(-50, 50) from d in Gen.Choose(1, 12) select Make(n, d)),
        (1, from n in Gen.Choose(1, 999)
            from twos in Gen.Choose(0, 8)
            from fives in Gen.Choose(0, 8)
            select Make(n, BigInteger.Pow(2, twos) * BigInteger.Pow(5, fives))),
        (1, from sign in Gen.Elements(1, -1)
            from d in Gen.Choose(1, 7)
            select Make(sign * (BigInteger.Pow(10, 30) + 7), d)));

    public static Gen<KroneckerDelta> Delta { get; } =
        from i in Gen.Choose(-3, 5) from j in Gen.Choose(-3, 5) select new KroneckerDelta(i, j);

    public static Gen<int> Exponent { get; } = Gen.Frequency(
        (10, Gen.Choose(-4, 6)),
        (1, Gen.Elements(int.MinValue, int.MaxValue, -1000, 1000)));

    /// <summary>Leaves only.</summary>
    public static Gen<Expr> Leaf { get; } = Gen.Frequency(
        (5, Symbol.Select(s => (Expr)s)),
        (4, Constant.Select(c => (Expr)c)),
        (1, Delta.Select(d => (Expr)d)));

    /// <summary>Any expression, of a depth that grows with the size.</summary>
    public static Gen<Expr> Expr { get; } = Gen.Sized(Sized);

    private static Constant Make(BigInteger numerator, BigInteger denominator) =>
        new(new Fraction(numerator, denominator, normalize: true));

    private static Gen<Expr> Sized(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var child = Sized(size / 2);
        var list = from n in Gen.Choose(1, 4) from items in Gen.ArrayOf(child, n) select new ExprList(items);
        return Gen.Frequency(
            (6, Leaf),
            (3, from l in child from r in child select (Expr)new Add(l, r)),
            (3, from l in child from r in child select (Expr)new Subtract(l, r)),
            (3, from l in child from r in child select (Expr)new Multiply(l, r)),
            (3, from l in child from r in child select (Expr)new Divide(l, r)),
            (3, child.Select(e => (Expr)new Negate(e))),
            (3, from b in child from n in Exponent select (Expr)new Power(b, n)),
            (1, child.Select(e => (Expr)new Exp(e))),
            (1, child.Select(e => (Expr)new Log(e))),
            (1, child.Select(e => (Expr)new Sigmoid(e))),
            (1, from f in Gen.Elements(ActivationFunction.All.ToArray()) from e in child select (Expr)new Activation(f, e)),
            (1, from z in list from i in Gen.Choose(0, z.Count - 1) select (Expr)new Softmax(z, i)),
            (1, from z in list from i in Gen.Choose(0, z.Count - 1) select (Expr)new LogSoftmax(z, i)),
            (1, list.Select(z => (Expr)new LogSumExp(z))),
            (1, from z in child from y in child select (Expr)new BinaryCrossEntropy(z, y)),
            (1, from n in Gen.Choose(1, 3)
                from z in Gen.ArrayOf(child, n)
                from y in Gen.ArrayOf(child, n)
                select (Expr)new CrossEntropy(new ExprList(z), new ExprList(y))),
            (1, from body in child from x in Symbol select (Expr)new Derivative(body, x)));
    }
}
