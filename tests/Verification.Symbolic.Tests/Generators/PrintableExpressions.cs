using System.Numerics;
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
        (4, Gen.Choose(0, 20).Select(static n => Atoms.Rational(n, 1))),
        (2, Gen.Choose(-20, -1).Select(static n => Atoms.Rational(n, 1))),
        (2, Atoms.Rationals(Gen.Choose(-50, 50), Gen.Choose(1, 12))),
        (1, from n in Gen.Choose(1, 999)
            from twos in Gen.Choose(0, 8)
            from fives in Gen.Choose(0, 8)
            select Atoms.Rational(n, BigInteger.Pow(2, twos) * BigInteger.Pow(5, fives))),
        (1, from sign in Gen.Elements(1, -1)
            from d in Gen.Choose(1, 7)
            select Atoms.Rational(sign * (BigInteger.Pow(10, 30) + 7), d)));

    /// <summary>δ(i, j) with indices the parser reads back, negative ones included.</summary>
    public static Gen<Expr> Delta { get; } = Nodes.KroneckerDelta(Gen.Choose(-3, 5), Gen.Choose(-3, 5));

    public static Gen<int> Exponent { get; } = Gen.Frequency(
        (10, Gen.Choose(-4, 6)),
        (1, Gen.Elements(int.MinValue, int.MaxValue, -1000, 1000)));

    /// <summary>Leaves only.</summary>
    public static Gen<Expr> Leaf { get; } = Gen.Frequency(
        (5, Symbol.Select(s => (Expr)s)),
        (4, Constant.Select(c => (Expr)c)),
        (1, Delta));

    /// <summary>Any expression, of a depth that grows with the size.</summary>
    public static Gen<Expr> Expr { get; } = Gen.Sized(Sized);

    private static Gen<Expr> Sized(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var child = Sized(size / 2);
        var list = Nodes.List(child, Gen.Choose(1, 4));
        return Gen.Frequency(
            (6, Leaf),
            (3, Nodes.Add(child, child)),
            (3, Nodes.Subtract(child, child)),
            (3, Nodes.Multiply(child, child)),
            (3, Nodes.Divide(child, child)),
            (3, Nodes.Negate(child)),
            (3, Nodes.Power(child, Exponent)),
            (1, Nodes.Exp(child)),
            (1, Nodes.Log(child)),
            (1, Nodes.Sigmoid(child)),
            (1, Nodes.Activation(child)),
            (1, Nodes.Softmax(list)),
            (1, Nodes.LogSoftmax(list)),
            (1, Nodes.LogSumExp(list)),
            (1, Nodes.BinaryCrossEntropy(child, child)),
            (1, Nodes.CrossEntropy(Nodes.List(child, Gen.Choose(1, 3)), n => Nodes.List(child, n))),
            (1, Nodes.Derivative(child, Symbol)));
    }
}
