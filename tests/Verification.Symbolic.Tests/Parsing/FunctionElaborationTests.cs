using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// How each function of the claim language is elaborated (claim-language.md, "Functions"): named
/// arguments written out on the spot, focal loss by its formula, rational literals, and the checks
/// on vectors and indices. An expected tree is the parse of the same expression written out by hand.
/// </summary>
public class FunctionElaborationTests
{
    [Theory]
    [InlineData("softmax")]
    [InlineData("log_softmax")]
    public void ATemperatureDividesEveryLogit(string function) =>
        Assert.Equal(ParseExpr($"{function}([a / t, b / t], 1)"), ParseExpr($"{function}([a, b], 1, temperature: t)"));

    [Fact]
    public void LabelSmoothingMixesTheTargetsWithTheUniformOnes() =>
        Assert.Equal(
            ParseExpr("cross_entropy([a, b], [(1 - s) * y0 + s / 2, (1 - s) * y1 + s / 2])"),
            ParseExpr("cross_entropy([a, b], [y0, y1], smoothing: s)"));

    [Fact]
    public void FocalLossIsWrittenOutWithTheWeightsItsGammaGives()
    {
        // −(y·(1 − p)^γ·log p + (1 − y)·p^γ·log(1 − p)) with p = σ(z); no factor at γ = 0, no power at γ = 1.
        Assert.Equal(ParseExpr("-(y * log(sigmoid(z)) + (1 - y) * log(1 - sigmoid(z)))"), ParseExpr("focal(z, y, 0)"));
        Assert.Equal(
            ParseExpr("-((1 - sigmoid(z)) * (y * log(sigmoid(z))) + sigmoid(z) * ((1 - y) * log(1 - sigmoid(z))))"),
            ParseExpr("focal(z, y, 1)"));
        Assert.Equal(
            ParseExpr("-((1 - sigmoid(z))^2 * (y * log(sigmoid(z))) + sigmoid(z)^2 * ((1 - y) * log(1 - sigmoid(z))))"),
            ParseExpr("focal(z, y, 2)"));
        Assert.Equal(ParseExpr("focal(z, y, 3)"), ParseExpr("sum(g in 3..3: focal(z, y, g))"));
    }

    [Fact]
    public void RationalTakesSignedIntegerLiteralsAndReduces()
    {
        Assert.Equal(C(3), ParseExpr("rational(+3)"));
        Assert.Equal(Q(-1, 2), ParseExpr("rational(-3, 6)"));
        Assert.Equal(Q(2, 3), ParseExpr("rational(+4, 6)"));
        Assert.Equal(C(-7), ParseExpr("rational(-7)"));

        // Reduced, not only equal in value: 2/4 is stored as 1/2.
        var half = Assert.IsType<Constant>(ParseExpr("rational(2, 4)")).Value;
        Assert.Equal((1, 2), ((int)half.Numerator, (int)half.Denominator));
        AssertError("rational(2.5) == 0", 10, "rational takes integer literals, as in rational(-1, 3), not 2.5");
        AssertError("rational(1e2) == 0", 10, "rational takes integer literals, as in rational(-1, 3), not 1e2");
        AssertError("rational(-x) == 0", 10, "rational takes integer literals, as in rational(-1, 3), not -x");
        AssertError("rational(1, -2) == 0", 13, "the denominator of rational must be a positive integer literal, not -2");
        AssertError("rational(1, 2.0) == 0", 13, "the denominator of rational must be a positive integer literal, not 2.0");
    }

    [Fact]
    public void ASoftmaxIndexIsInZeroToLengthMinusOne()
    {
        Assert.Equal(new Softmax(L(S("a"), S("b")), 1), ParseExpr("softmax([a, b], 1)"));
        Assert.Equal(new LogSoftmax(L(S("a"), S("b")), 0), ParseExpr("log_softmax([a, b], 0)"));
        AssertError("softmax([a], 1) == a", 14, "softmax index 1 is out of range: the vector has 1 logit, so the index must be in 0..0");
        AssertError("softmax([a, b], -1) == a", 17, "softmax index -1 is out of range: the vector has 2 logits, so the index must be in 0..1");
        AssertError("for i in 2..2: softmax([a, b], i) == a", 32, "softmax index i = 2 is out of range: the vector has 2 logits, so the index must be in 0..1");
    }

    [Fact]
    public void VectorArgumentsAreCheckedAndNamed()
    {
        AssertError("logsumexp(a) == 0", 11, "the argument of logsumexp must be a vector [a, b, ...], not a");
        AssertError("cross_entropy([a], y) == 0", 20, "the second argument of cross_entropy must be a vector [a, b, ...], not y");
        AssertError("cross_entropy([a], []) == 0", 20, "cross_entropy needs at least one target: the vector is empty");
        AssertError("cross_entropy(a, [y]) == 0", 15, "the first argument of cross_entropy must be a vector [a, b, ...], not a");
        AssertError("cross_entropy([], [y]) == 0", 15, "cross_entropy needs at least one logit: the vector is empty");
        AssertError("logsumexp([]) == 0", 11, "logsumexp needs at least one logit: the vector is empty");
        AssertError("cross_entropy([a], [y0, y1]) == 0", 20, "cross_entropy has 1 logit but 2 targets: the two vectors must have the same length");
        AssertError("cross_entropy([a, b, c], [y0]) == 0", 26, "cross_entropy has 3 logits but 1 target: the two vectors must have the same length");
    }

    [Fact]
    public void AQuotedArgumentIsOnOneLineAndAtMostFortyCharacters()
    {
        // 10 + 3 + 10 + 3 + 10 + 3 + 1 = 40 characters: quoted whole.
        AssertError("softmax(abcdefghij + abcdefghij + abcdefghij + a, 0) == 1", 9, "the first argument of softmax must be a vector [a, b, ...], not abcdefghij + abcdefghij + abcdefghij + a");

        // 41: the first 37, then "...".
        AssertError("softmax(abcdefghij + abcdefghij + abcdefghij + ab, 0) == 1", 9, "the first argument of softmax must be a vector [a, b, ...], not abcdefghij + abcdefghij + abcdefghij ...");

        var spread = ParseFailure("softmax(a +\n\t  b, 0) == 1");
        Assert.Equal("the first argument of softmax must be a vector [a, b, ...], not a + b", spread.Message);
    }

    [Fact]
    public void TheVariableOfDiffIsOneSymbol()
    {
        Assert.Equal(new Derivative(S("z1"), S("z1")), ParseExpr("diff(z[1], z[1])"));
        Assert.Equal(new Derivative(S("f"), S("x")), ParseExpr("diff(f, x)"));
        AssertError("for i in 0..0: diff(x, i) == 0", 24, "the second argument of diff (the variable to differentiate by) must be a symbol, but 'i' is an index variable here");
        AssertError("diff(x, z[0..1]) == 0", 9, "the second argument of diff (the variable to differentiate by) must be a symbol, not z[0..1]");
        AssertError("diff(x, 2 * y) == 0", 9, "the second argument of diff (the variable to differentiate by) must be a symbol, not 2 * y");
    }

    [Fact]
    public void DeltaNamesWhichArgumentIsWrong()
    {
        AssertError("delta(1, y) == 0", 10, "the second argument of delta must be an integer, but 'y' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
        Assert.Equal(new KroneckerDelta(2, 1), ParseExpr("delta(1 + 1, 3 - 2)"));
    }

    [Fact]
    public void SubscriptsAppendTheirValues()
    {
        Assert.Equal(Eq(S("z111"), S("z111")), ParseClaim("z[1, 11] == z[11, 1]"));
        Assert.Equal(Eq(S("v23"), S("v23")), ParseClaim("v[2][3] == v[2, 3]"));
        Assert.Equal(new LogSumExp(L(S("w124"), S("w134"))), ParseExpr("logsumexp([w[1, 2..3, 4]])"));
        Assert.Equal(new LogSumExp(L(S("w12"), S("w13"))), ParseExpr("logsumexp([w[1][2..3]])"));
        Assert.Equal(new LogSumExp(L(S("z0"), new Add(S("z1"), C(1)))), ParseExpr("logsumexp([z[0..0], z[1] + 1])"));
        AssertError("for i in 0..0: i[0] == 0", 16, "'i' is an index variable here, so it cannot be subscripted");
        AssertError("logsumexp([z[0..1, 0..1]]) == 0", 20, "'z[0..1, 0..1]' has two ranges: a subscripted symbol may have only one");
        AssertError("z[-1] == 0", 3, "a subscript of 'z' must not be negative (it is -1)");
        AssertError("z[0..1] == 0", 1, "'z[0..1]' stands for several symbols: a range subscript can only be an element of a vector [...] or of a list of symbols");
    }

    [Fact]
    public void AnExponentThatIsNotAnIntegerHintsAtExpOnlyForE()
    {
        AssertError("E^x == 1", 3, "the exponent must be an integer, but 'x' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
        AssertError("e^x == 1", 3, "the exponent must be an integer, but 'x' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there) (for the exponential function write exp(x); 'e' is an ordinary symbol)");
        Assert.Equal(Pow(S("e"), 2), ParseExpr("e^2"));
    }
}
