using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Tests.Evaluation;

namespace Verification.Symbolic.Tests.Calculus;

/// <summary>
/// A table of derivatives known from calculus (including the theorems about σ and softmax that the
/// engine must not assume), compared by high-precision evaluation at several rational points, since
/// deciding symbolic equality is not this layer's job.
/// </summary>
public class KnownDerivativesTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    private static readonly Fraction[] AnyReal = [new(-3, 2), new(-1, 3), 0, new(1, 2), 2];
    private static readonly Fraction[] Positive = [new(1, 7), new(1, 2), 1, new(5, 2)];
    private static readonly Fraction[] NonZero = [new(-3, 2), new(-1, 3), new(1, 2), 2];

    public static IEnumerable<(string Name, Expr Function, Symbol Variable, Expr Expected, Fraction[] Domain)> Table()
    {
        var sigmoid = new Sigmoid(X);
        var logits = new ExprList(X, Y, 1);
        Expr S(int i) => new Softmax(logits, i);

        yield return ("x' = 1", X, X, 1, AnyReal);
        yield return ("c' = 0", Expr.Number(7, 3), X, 0, AnyReal);
        yield return ("y' = 0 in x", Y, X, 0, AnyReal);
        yield return ("(x^5)' = 5x^4", new Power(X, 5), X, new Multiply(5, new Power(X, 4)), AnyReal);
        yield return ("(x^−2)' = −2x^−3", new Power(X, -2), X, new Multiply(-2, new Power(X, -3)), NonZero);
        yield return ("(x^0)' = 0", new Power(X, 0), X, 0, AnyReal);
        yield return ("(e^3x)' = 3e^3x", new Exp(new Multiply(3, X)), X, new Multiply(3, new Exp(new Multiply(3, X))), AnyReal);
        yield return ("(log x)' = 1/x", new Log(X), X, new Divide(1, X), Positive);
        yield return ("(log(1 + x²))' = 2x/(1 + x²)", new Log(new Add(1, new Power(X, 2))), X, new Divide(new Multiply(2, X), new Add(1, new Power(X, 2))), AnyReal);
        yield return ("(x·e^x)' = (1 + x)e^x", new Multiply(X, new Exp(X)), X, new Multiply(new Add(1, X), new Exp(X)), AnyReal);
        yield return ("(1/x)' = −1/x²", new Divide(1, X), X, new Negate(new Power(X, -2)), NonZero);
        yield return (
            "(e^x/(1 + x²))' = e^x(1 − x)²/(1 + x²)²",
            new Divide(new Exp(X), new Add(1, new Power(X, 2))),
            X,
            new Divide(new Multiply(new Exp(X), new Power(new Subtract(1, X), 2)), new Power(new Add(1, new Power(X, 2)), 2)),
            AnyReal);
        yield return ("σ' = σ(1 − σ)", sigmoid, X, new Multiply(sigmoid, new Subtract(1, sigmoid)), AnyReal);
        yield return (
            "∂σ(2xy)/∂x = 2y·σ(1 − σ)",
            new Sigmoid(new Multiply(2, new Multiply(X, Y))),
            X,
            new Multiply(new Multiply(2, Y), new Multiply(new Sigmoid(new Multiply(2, new Multiply(X, Y))), new Subtract(1, new Sigmoid(new Multiply(2, new Multiply(X, Y)))))),
            AnyReal);
        yield return ("∂s_0/∂z_0 = s_0(1 − s_0)", S(0), X, new Multiply(S(0), new Subtract(1, S(0))), AnyReal);
        yield return ("∂s_0/∂z_1 = −s_0·s_1", S(0), Y, new Negate(new Multiply(S(0), S(1))), AnyReal);
        yield return ("∂s_2/∂z_1 = −s_2·s_1", S(2), Y, new Negate(new Multiply(S(2), S(1))), AnyReal);
        yield return ("∂logsumexp/∂z_0 = s_0", new LogSumExp(logits), X, S(0), AnyReal);
        yield return ("∂log_softmax_1/∂z_0 = δ_10 − s_0", new LogSoftmax(logits, 1), X, new Subtract(new KroneckerDelta(1, 0), S(0)), AnyReal);
        yield return ("∂log_softmax_1/∂z_1 = δ_11 − s_1", new LogSoftmax(logits, 1), Y, new Subtract(new KroneckerDelta(1, 1), S(1)), AnyReal);
        yield return ("∂bce(z, y)/∂z = σ(z) − y", new BinaryCrossEntropy(X, Y), X, new Subtract(sigmoid, Y), AnyReal);
        yield return ("∂bce(z, y)/∂y = −z", new BinaryCrossEntropy(X, Y), Y, new Negate(X), AnyReal);
        yield return (
            "∂ce/∂z_0 = s_0 − y_0 (targets summing to 1)",
            new CrossEntropy(logits, new ExprList(Expr.Number(1, 4), Expr.Number(1, 2), Expr.Number(1, 4))),
            X,
            new Subtract(S(0), Expr.Number(1, 4)),
            AnyReal);
        yield return ("∂/∂x (∂(x³y)/∂y) = 3x²", new Derivative(new Multiply(new Power(X, 3), Y), Y), X, new Multiply(3, new Power(X, 2)), AnyReal);
        yield return ("∂(xy)/∂x = y", new Multiply(Y, X), X, Y, AnyReal);
    }

    [Fact]
    public void DerivativesMatchTheTable()
    {
        var failures = new List<string>();
        foreach (var (name, function, variable, expected, domain) in Table())
        {
            var derivative = Differentiator.Differentiate(function, variable);
            foreach (var x in domain)
            {
                var point = Points.At(x, new Fraction(-5, 4));
                var actual = HighPrecisionEvaluator.Evaluate(derivative, point).ValueOrThrow();
                var wanted = HighPrecisionEvaluator.Evaluate(expected, point).ValueOrThrow();
                if (!HighPrecisionAssert.RelativeErrorAtMost(50, wanted, actual))
                {
                    failures.Add($"{name} at x = {x}: expected {wanted.ToString(20)}, got {actual.ToString(20)}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
