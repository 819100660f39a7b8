using Fractions;
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
    private static readonly Symbol[] Symbols = [new("x"), new("y"), new("z")];

    public static Gen<Expr> Expression => Gen.Sized(size => Sized(Math.Min(size, 12)));

    public static Gen<Expr> Constant =>
        from numerator in Gen.Choose(-4, 4)
        from denominator in Gen.Elements(1, 1, 2, 3)
        select (Expr)new Constant(new Fraction(numerator, denominator, normalize: true));

    public static Gen<Expr> Leaf => Gen.OneOf(Gen.Elements(Symbols).Select(s => (Expr)s), Constant);

    /// <summary>Small polynomials: the arguments of exp, sigmoid and softmax.</summary>
    public static Gen<Expr> Polynomial => Gen.Sized(size => PolynomialOfSize(Math.Min(size, 4)));

    private static Gen<Expr> PolynomialOfSize(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var half = PolynomialOfSize(size / 2);
        return Gen.OneOf(
            Leaf,
            from a in half from b in half select (Expr)new Add(a, b),
            from a in half from b in half select (Expr)new Subtract(a, b),
            from a in half from b in half select (Expr)new Multiply(a, b));
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
            polynomial.Select(p => (Expr)new Exp(p)),
            polynomial.Select(p => (Expr)new Add(1, new Exp(p))),
            Gen.Elements(Symbols).Select(s => (Expr)new Add(new Power(s, 2), 1)),
            polynomial.Select(p => (Expr)new Sigmoid(p)));
        return Gen.Frequency(
            (2, Leaf),
            (3, from a in half from b in half select (Expr)new Add(a, b)),
            (2, from a in half from b in half select (Expr)new Subtract(a, b)),
            (3, from a in half from b in half select (Expr)new Multiply(a, b)),
            (2, from a in half from d in safeDenominator select (Expr)new Divide(a, d)),
            (1, from a in half select (Expr)new Negate(a)),
            (1, from a in half from k in Gen.Choose(1, 3) select (Expr)new Power(a, k)),
            (2, polynomial.Select(p => (Expr)new Exp(p))),
            (2, polynomial.Select(p => (Expr)new Sigmoid(p))),
            (2, from f in Gen.Elements(ActivationFunction.All.ToArray()) from p in polynomial select (Expr)new Activation(f, p)),
            (2, from logits in Gen.ArrayOf(polynomial, 3) from i in Gen.Choose(0, 2) select (Expr)new Softmax(new ExprList(logits), i)),
            (1, from logits in Gen.ArrayOf(polynomial, 2) select (Expr)new LogSumExp(new ExprList(logits))),
            (1, polynomial.Select(p => (Expr)new Log(new Add(1, new Exp(p))))),
            (1, from p in polynomial from q in polynomial select (Expr)new Log(new Multiply(new Exp(p), new Add(1, new Exp(q))))));
    }
}
