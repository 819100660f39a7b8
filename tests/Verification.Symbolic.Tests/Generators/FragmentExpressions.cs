using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// Random expressions inside the decidable fragment, defined everywhere: denominators are
/// exponentials, 1 + e^p or x² + 1, and logarithms are taken only of provably positive arguments.
/// Size halves at each level (Gen.Sized), so trees stay small enough to decide quickly.
/// </summary>
public static class FragmentExpressions
{
    private static readonly Symbol[] Symbols = [Atoms.X, Atoms.Y, Atoms.Z];

    public static Gen<Expr> Expression => Gen.Sized(size => Sized(Math.Min(size, 12)));

    /// <summary>n/d with |n| ≤ 4 and d ∈ {1, 2, 3}, d = 1 half the time.</summary>
    public static Gen<Expr> Constant => Atoms.Rationals(Gen.Choose(-4, 4), Gen.Elements(1, 1, 2, 3)).Select(static c => (Expr)c);

    public static Gen<Expr> Leaf => Gen.OneOf(Atoms.SymbolFrom(Symbols).Select(static s => (Expr)s), Constant);

    /// <summary>Small polynomials: the arguments of exp, sigmoid and softmax.</summary>
    public static Gen<Expr> Polynomial => Gen.Sized(size => PolynomialOfSize(Math.Min(size, 4)));

    private static Gen<Expr> PolynomialOfSize(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var half = PolynomialOfSize(size / 2);
        return Gen.OneOf(Leaf, Nodes.Add(half, half), Nodes.Subtract(half, half), Nodes.Multiply(half, half));
    }

    private static Gen<Expr> Sized(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var half = Sized(size / 2);
        var polynomial = PolynomialOfSize(2);
        var safeDenominator = Gen.OneOf(
            Nodes.Exp(polynomial),
            polynomial.Select(static p => (Expr)new Add(1, new Exp(p))),
            Atoms.SymbolFrom(Symbols).Select(static s => (Expr)new Add(new Power(s, 2), 1)),
            Nodes.Sigmoid(polynomial));
        return Gen.Frequency(
        [
            (2, Leaf),
            .. Nodes.DefinedArithmetic(half, safeDenominator),
            (1, Nodes.Power(half, Gen.Choose(1, 3))),
            (2, Nodes.Exp(polynomial)),
            (2, Nodes.Sigmoid(polynomial)),
            (2, Nodes.Activation(polynomial)),
            (2, Nodes.Softmax(Nodes.List(polynomial, 3))),
            (1, Nodes.LogSumExp(Nodes.List(polynomial, 2))),
            (1, polynomial.Select(static p => (Expr)new Log(new Add(1, new Exp(p))))),
            (1, from p in polynomial from q in polynomial select (Expr)new Log(new Multiply(new Exp(p), new Add(1, new Exp(q))))),
        ]);
    }
}
