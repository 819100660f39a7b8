using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>
/// What leaves the fragment or the limits is refused with the engine's own exception and a message
/// in the claim's terms (it becomes the Unknown answer), never answered with a wrong form.
/// </summary>
public class CanonicalizerRefusalTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Z0 = new("z0");
    private static readonly Symbol Z1 = new("z1");

    private static CanonicalForm Canonical(Expr expression, EngineLimits? limits = null) =>
        Canonicalizer.ToCanonical(expression, new CanonicalContext(limits));

    private static string OutsideMessage(Expr expression) =>
        Assert.Throws<OutsideFragmentException>(() => Canonical(expression)).Message;

    [Fact]
    public void ZeroToTheZeroIsRefusedAndAnythingElseToTheZeroIsOne()
    {
        Assert.Equal("0^0 is undefined", OutsideMessage(new Power(Constant.Zero, 0)));
        var xToTheZero = Canonical(new Power(X, 0));
        Assert.True(xToTheZero.Subtract(CanonicalForm.One, new CanonicalContext()).IsZero);
    }

    [Fact]
    public void PowerUpToTheLimitIsKeptAndBeyondItIsTooLarge()
    {
        var limits = new EngineLimits(MaxPower: 3);
        var onePlusExp = new Add(Constant.One, new Exp(X));
        Assert.False(Canonical(new Power(onePlusExp, 3), limits).IsZero);
        var refusal = Assert.Throws<WorkLimitExceededException>(() => Canonical(new Power(onePlusExp, -4), limits));
        Assert.Equal("too large: exponent -4 exceeds 3 (EngineLimits.MaxPower)", refusal.Message);
    }

    [Fact]
    public void LogarithmOfZeroIsRefused() => Assert.Equal("log of 0 is undefined", OutsideMessage(new Log(Constant.Zero)));

    [Fact]
    public void ExpOfAFractionOfALogarithmIsRefused()
    {
        // e^(log(x)/2) = √x is not an exponential polynomial; it must not be read as x¹ or x⁰.
        Assert.StartsWith("exp of a logarithm that is not an integer multiple", OutsideMessage(new Exp(new Log(X) / 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedVectorFunctionsBuiltInCodeAreRefusedInTheClaimsTerms()
    {
        Assert.Equal("softmax of an empty vector", OutsideMessage(new Softmax(new ExprList(), 0)));
        Assert.Equal("index 2 is out of range for a vector of 2 logits", OutsideMessage(new Softmax(new ExprList(Z0, Z1), 2)));
        Assert.Equal(
            "cross_entropy needs as many targets as logits (1 ≠ 2)",
            OutsideMessage(new CrossEntropy(new ExprList(Z0, Z1), new ExprList(new Symbol("y0")))));
    }

    [Fact]
    public void AnIndexedSumHasNoCanonicalFormOfItsOwn() =>
        Assert.Equal(
            "no canonical form for IndexedSum",
            OutsideMessage(new IndexedSum("k", new IndexConstant(0), new IndexConstant(2), X)));

    [Fact]
    public void NumeratorOfAFormWithADenominatorIsNotExpanded()
    {
        var context = new CanonicalContext();
        var reciprocal = Canonicalizer.ToCanonical(Constant.One / new Add(Constant.One, new Exp(X)), context);
        Assert.Equal("The form has a denominator.", Assert.Throws<InvalidOperationException>(() => reciprocal.ExpandNumerator(context)).Message);
    }
}
