using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>
/// The text of a canonical form is not only for reading: an unsplit logarithm log(P) becomes an atom
/// keyed by the text of P, so two different P with one text would make log(P) − log(Q) a false formal zero.
/// </summary>
public class CanonicalFormTextTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    private static Add OnePlusExp(Expr argument) => new Add(Constant.One, new Exp(argument));

    private static string Text(Expr expression) => Canonicalizer.ToCanonical(expression, new CanonicalContext()).ToString();

    private static bool FormallyEqual(Expr left, Expr right)
    {
        var context = new CanonicalContext();
        return Canonicalizer.ToCanonical(left, context).Subtract(Canonicalizer.ToCanonical(right, context), context).IsZero;
    }

    [Fact]
    public void FactorsArePrintedWithTheirPowersAboveAndBelowTheLine()
    {
        Assert.Equal(
            "(x) * (1 + exp(x))^2 / (1 + exp(y))^3",
            Text(X * new Power(OnePlusExp(X), 2) / new Power(OnePlusExp(Y), 3)));
        // A power of 1 keeps the factor (a plain product would be expanded) and prints no exponent.
        Assert.Equal("(x) * (1 + exp(x)) / (1 + exp(y))", Text(X * new Power(OnePlusExp(X), 1) / OnePlusExp(Y)));
    }

    [Fact]
    public void ZeroAndALogarithmAtomPrintPlainly()
    {
        Assert.Equal("0", Text(X - X));
        Assert.Equal("log(x)", Text(new Log(X)));
    }

    [Fact]
    public void LogarithmsOfFactorsWithDifferentPowersAreDifferentAtoms()
    {
        // log(x·(1 + eˣ)²) − log(x·(1 + eˣ)³) = −log(1 + eˣ) ≠ 0.
        Assert.False(FormallyEqual(new Log(X * new Power(OnePlusExp(X), 2)), new Log(X * new Power(OnePlusExp(X), 3))));
    }

    [Fact]
    public void LogarithmsOfDifferentFactorsAreDifferentAtoms()
    {
        // log(x·(1 + eˣ)²) and log(x·(1 + eʸ)²) differ as soon as x ≠ y.
        Assert.False(FormallyEqual(new Log(X * new Power(OnePlusExp(X), 2)), new Log(X * new Power(OnePlusExp(Y), 2))));
    }

    [Fact]
    public void LogarithmsOfDifferentExponentsAreDifferentAtoms() =>
        Assert.False(FormallyEqual(new Log(OnePlusExp(X)), new Log(OnePlusExp(Y))));

    [Fact]
    public void LogarithmsOfDifferentPowersOfASymbolAreDifferentAtoms() =>
        Assert.False(FormallyEqual(new Log(new Power(X, 2) + 1), new Log(X + 1)));
}
