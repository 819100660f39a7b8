using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Printing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Printing;

public class PlainTextPrinterTests
{
    private static readonly Symbol A = S("a"), B = S("b"), Cc = S("c"), X = S("x");

    private static readonly Dictionary<string, Expr> Cases = new()
    {
        ["3 / 4"] = new Divide(C(3), C(4)),
        ["0.75"] = Q(3, 4),
        ["2.5"] = Q(5, 2),
        ["0.000001"] = Q(1, 1_000_000),
        ["rational(1, 3)"] = Q(1, 3),
        ["rational(1, 1024)"] = Q(1, 1024),
        ["rational(-3)"] = C(-3),
        ["rational(-1, 4)"] = Q(-1, 4),
        ["-3"] = Neg(C(3)),
        ["0"] = C(0),
        ["a - (b - c)"] = new Subtract(A, new Subtract(B, Cc)),
        ["a - b - c"] = new Subtract(new Subtract(A, B), Cc),
        ["a + (b + c)"] = new Add(A, new Add(B, Cc)),
        ["a + b * c"] = new Add(A, new Multiply(B, Cc)),
        ["a - b / c"] = new Subtract(A, new Divide(B, Cc)),
        ["a * b^2"] = new Multiply(A, Pow(B, 2)),
        ["a / (b * c)"] = new Divide(A, new Multiply(B, Cc)),
        ["a * b / c"] = new Divide(new Multiply(A, B), Cc),
        ["a * (b / c)"] = new Multiply(A, new Divide(B, Cc)),
        ["(a + b) * c"] = new Multiply(new Add(A, B), Cc),
        ["-(a - b)"] = Neg(new Subtract(A, B)),
        ["-(a * b)"] = Neg(new Multiply(A, B)),
        ["-a * b"] = new Multiply(Neg(A), B),
        ["a * (-b)"] = new Multiply(A, Neg(B)),
        ["a + (-b * c)"] = new Add(A, new Multiply(Neg(B), Cc)),
        ["-(-x)"] = Neg(Neg(X)),
        ["-x^2"] = Neg(Pow(X, 2)),
        ["(-x)^2"] = Pow(Neg(X), 2),
        ["(x^2)^3"] = Pow(Pow(X, 2), 3),
        ["x^-2"] = Pow(X, -2),
        ["rational(-2)^2"] = Pow(C(-2), 2),
        ["exp(x)^2"] = Pow(new Exp(X), 2),
        ["softmax([a, b + c], 1)"] = new Softmax(L(A, new Add(B, Cc)), 1),
        ["cross_entropy([a], [b])"] = new CrossEntropy(L(A), L(B)),
        ["delta(-1, 2)"] = new KroneckerDelta(-1, 2),
        ["diff(diff(a * x, x), a)"] = new Derivative(new Derivative(new Multiply(A, X), X), A),
    };

    public static TheoryData<string> Texts => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Texts))]
    public void PrintsWithMinimalParentheses(string text)
    {
        Assert.Equal(text, PlainTextPrinter.Print(Cases[text]));
        Assert.Equal(Cases[text], ParseExpr(text));
    }

    [Fact]
    public void PrintsClaims()
    {
        Assert.Equal("sigmoid(x) == 1 / (1 + exp(-x))", PlainTextPrinter.Print(ParseClaim("sigmoid(x)==1/(1+exp(-x))")));
        Assert.Equal(
            "solve w, b: sigmoid(w * x + b) == softmax([u * x, 0], 0) for all x, u",
            PlainTextPrinter.Print(ParseClaim("solve w, b: sigmoid(w*x + b) == softmax([u*x, 0], 0)")));
        Assert.Equal("for i = 0: delta(0, 0) == 1\nfor i = 1: delta(1, 1) == 1", PlainTextPrinter.Print(ParseClaim("for i in 0..1: delta(i, i) == 1")));
        Assert.Equal("solve w: w == x for all ()", PlainTextPrinter.Print(new SolveClaim([S("w")], S("w"), X, [])));
    }
}
