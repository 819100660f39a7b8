using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

public class CoreClaimTests
{
    private static readonly Symbol X = S("x"), Y = S("y"), Z = S("z"), A = S("a"), B = S("b"), Cc = S("c");

    /// <summary>Core claims and the trees they must parse to, built by hand.</summary>
    private static readonly Dictionary<string, IdentityClaim> Claims = new()
    {
        ["sigmoid(x) == 1 / (1 + exp(-x))"] = Eq(new Sigmoid(X), new Divide(C(1), new Add(C(1), new Exp(Neg(X))))),
        ["sigmoid(-x) == 1 - sigmoid(x)"] = Eq(new Sigmoid(Neg(X)), new Subtract(C(1), new Sigmoid(X))),
        ["x * 0.25 == x / 4"] = Eq(new Multiply(X, Q(1, 4)), new Divide(X, C(4))),
        ["1/1000 == 1e-3"] = Eq(new Divide(C(1), C(1000)), Q(1, 1000)),
        ["2.5E+2 == 250"] = Eq(C(250), C(250)),
        ["-x^2 == -(x^2)"] = Eq(Neg(Pow(X, 2)), Neg(Pow(X, 2))),
        ["x^-2 == x^(-2)"] = Eq(Pow(X, -2), Pow(X, -2)),
        ["x^2^3 == (x^2)^3"] = Eq(Pow(X, 8), Pow(Pow(X, 2), 3)),
        ["x**2 == x^+2"] = Eq(Pow(X, 2), Pow(X, 2)),
        ["exp(x)^2 == exp(2 * x)"] = Eq(Pow(new Exp(X), 2), new Exp(new Multiply(C(2), X))),
        ["a - b - c == a - (b + c)"] = Eq(new Subtract(new Subtract(A, B), Cc), new Subtract(A, new Add(B, Cc))),
        ["a / b / c == a / (b * c)"] = Eq(new Divide(new Divide(A, B), Cc), new Divide(A, new Multiply(B, Cc))),
        ["-a * b == a * -b"] = Eq(new Multiply(Neg(A), B), new Multiply(A, Neg(B))),
        ["--x == +x"] = Eq(Neg(Neg(X)), X),
        ["a + b * c^2 == (a + b) * c"] = Eq(new Add(A, new Multiply(B, Pow(Cc, 2))), new Multiply(new Add(A, B), Cc)),
        ["exp(log(x)) == x"] = Eq(new Exp(new Log(X)), X),
        ["softmax([a, b, c], 1) == exp(b) / (exp(a) + exp(b) + exp(c))"] = Eq(
            new Softmax(L(A, B, Cc), 1),
            new Divide(new Exp(B), new Add(new Add(new Exp(A), new Exp(B)), new Exp(Cc)))),
        ["log_softmax([a, b], 0) == a - logsumexp([a, b])"] = Eq(new LogSoftmax(L(A, B), 0), new Subtract(A, new LogSumExp(L(A, B)))),
        ["diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))"] = Eq(
            new Derivative(new Sigmoid(X), X),
            new Multiply(new Sigmoid(X), new Subtract(C(1), new Sigmoid(X)))),
        ["diff(diff(x^2 * y, x), y) == 2 * x"] = Eq(new Derivative(new Derivative(new Multiply(Pow(X, 2), Y), X), Y), new Multiply(C(2), X)),
        ["delta(0, 1) + delta(2, 2) == 1"] = Eq(new Add(new KroneckerDelta(0, 1), new KroneckerDelta(2, 2)), C(1)),
        ["bce(z, y) == -(y * log(sigmoid(z)) + (1 - y) * log(1 - sigmoid(z)))"] = Eq(
            new BinaryCrossEntropy(Z, Y),
            Neg(new Add(new Multiply(Y, new Log(new Sigmoid(Z))), new Multiply(new Subtract(C(1), Y), new Log(new Subtract(C(1), new Sigmoid(Z))))))),
        ["cross_entropy([z0, z1], [y0, y1]) == -(y0 * log_softmax([z0, z1], 0) + y1 * log_softmax([z0, z1], 1))"] = Eq(
            new CrossEntropy(L(S("z0"), S("z1")), L(S("y0"), S("y1"))),
            Neg(new Add(
                new Multiply(S("y0"), new LogSoftmax(L(S("z0"), S("z1")), 0)),
                new Multiply(S("y1"), new LogSoftmax(L(S("z0"), S("z1")), 1))))),
        ["rational(1, 3) + rational(-3) == rational(2, 4) - 0"] = Eq(new Add(Q(1, 3), C(-3)), new Subtract(Q(1, 2), C(0))),
        ["  x\n\t==  # the left side ends here\n y  "] = Eq(X, Y),
        ["w_prime * v01 == e"] = Eq(new Multiply(S("w_prime"), S("v01")), S("e")),
        ["sigmoid(x) == \\\n  softmax([x, 0], 0)"] = Eq(new Sigmoid(X), new Softmax(L(X, C(0)), 0)),
    };

    public static TheoryData<string> ClaimTexts => [.. Claims.Keys];

    [Theory]
    [MemberData(nameof(ClaimTexts))]
    public void CoreClaimParsesToTheExpectedTree(string text) =>
        Assert.Equal(Claims[text], ParseClaim(text));

    [Fact]
    public void DecimalsAreExactRationals()
    {
        Assert.Equal(Q(1, 4), ParseExpr("0.25"));
        Assert.Equal(Q(1, 3), ParseExpr("rational(1, 3)"));
        Assert.Equal(Q(-7, 2), ParseExpr("rational(-7, 2)"));
        Assert.Equal(Q(123456789, 1000), ParseExpr("123456.789"));
    }

    [Fact]
    public void ParseExpressionReadsABareExpression() =>
        Assert.Equal(new Add(X, new Softmax(L(X, Y), 1)), ParseExpr("x + softmax([x, y], 1)"));

    [Fact]
    public void ExpressionWithEqualsIsAnErrorForParseExpression()
    {
        var result = Verification.Symbolic.Parsing.ClaimParser.ParseExpression("x == y");
        Assert.False(result.IsSuccess);
        Assert.Equal((1, 3), (result.Error.Line, result.Error.Column));
    }
}
