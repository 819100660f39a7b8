using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// The n-th derivative of an expression in one variable at an exact point, enclosed by evaluating
/// truncated Taylor series (jets) in interval arithmetic, without building the symbolic derivative.
/// </summary>
/// <remarks>
/// A jet holds enclosures of the Taylor coefficients c_0 … c_n of f(x_0 + h) = Σ c_k·h^k, so
/// f^(n)(x_0) = n!·c_n. Every rule below is an exact identity of power series, so enclosing each
/// coefficient from enclosures of the operands' coefficients keeps the inclusion property:
/// (a·b)_k = Σ_(j≤k) a_j·b_(k−j); (a/b)_k = (a_k − Σ_(j&lt;k) q_j·b_(k−j)) / b_0;
/// (e^a)_k = (1/k)·Σ_(1≤j≤k) j·a_j·(e^a)_(k−j); (log a)_k = (a_k − (1/k)·Σ_(1≤j&lt;k) j·(log a)_j·a_(k−j)) / a_0.
/// Named functions go through their elementary <see cref="Definitions"/>. The cost is O(n²) per node
/// instead of a symbolic n-th derivative that grows exponentially with n (10 nested derivatives of σ
/// have millions of distinct nodes).
/// </remarks>
internal sealed class TaylorEvaluation(IReadOnlyDictionary<string, Fraction> point, int precision, EvaluationBudget budget, Symbol variable, int order)
{
    // Each node works on order + 1 coefficients, and a product of jets on (order + 1)² pairs of them.
    private readonly EvaluationMemo<Enclosure[]?> memo = new(budget, EvaluationBudget.NodeCost(precision) * (order + 1) * (order + 1));

    private string? failure;

    /// <summary>An enclosure of the <c>order</c>-th derivative of <paramref name="body"/> in the variable, or the reason there is none.</summary>
    public EnclosureResult Derivative(Expr body)
    {
        var jet = Evaluate(body);
        if (jet is null)
        {
            return new NotEnclosed(failure ?? "undefined", MorePrecisionMayHelp: true);
        }

        var factorial = Enumerable.Range(1, Math.Max(1, order)).Aggregate(System.Numerics.BigInteger.One, static (product, k) => product * k);
        return new Enclosed(jet[order] * Enclosure.FromFraction(new Fraction(factorial), precision));
    }

    private Enclosure[]? Evaluate(Expr expression) => memo.Evaluate(expression, EvaluateNode);

    private Enclosure[]? EvaluateNode(Expr expression) => expression switch
    {
        Constant c => Constant(Enclosure.FromFraction(c.Value, precision)),
        Symbol s when s == variable => Variable(),
        Symbol s => Constant(Enclosure.FromFraction(point.TryGetValue(s.Name, out var value) ? value : throw new ArgumentException($"The point gives no value for the free symbol '{s.Name}'."), precision)),
        KroneckerDelta(var i, var j) => Constant(Enclosure.Exact(i == j ? HighPrecisionReal.One(precision) : HighPrecisionReal.Zero(precision))),
        Add(var l, var r) => Both(l, r, static (a, b) => [.. a.Zip(b, static (x, y) => x + y)]),
        Subtract(var l, var r) => Both(l, r, static (a, b) => [.. a.Zip(b, static (x, y) => x - y)]),
        Multiply(var l, var r) => Both(l, r, Multiply),
        Divide(var n, var d) => Both(n, d, Divide),
        Negate(var u) => Evaluate(u) is { } a ? [.. a.Select(static x => -x)] : null,
        Power(var b, var n) => Evaluate(b) is { } a ? Power(a, n) : null,
        Exp(var u) => Evaluate(u) is { } a ? Exp(a) : null,
        Log(var u) => Evaluate(u) is { } a ? Log(a) : null,
        Derivative(var body, var inner) => Evaluate(Differentiator.Differentiate(body, inner)),
        _ when Definitions.IsNamedFunction(expression) => Evaluate(Definitions.Unfold(expression)),
        _ => throw ExprTraversal.UnknownNode(expression),
    };

    private Enclosure[] Constant(Enclosure value)
    {
        var jet = Zeros();
        jet[0] = value;
        return jet;
    }

    private Enclosure[] Variable()
    {
        var jet = Constant(Enclosure.FromFraction(point.TryGetValue(variable.Name, out var value) ? value : throw new ArgumentException($"The point gives no value for the free symbol '{variable.Name}'."), precision));
        if (order >= 1)
        {
            jet[1] = Enclosure.Exact(HighPrecisionReal.One(precision));
        }

        return jet;
    }

    private Enclosure[] Zeros() => [.. Enumerable.Repeat(Enclosure.Exact(HighPrecisionReal.Zero(precision)), order + 1)];

    private Enclosure[]? Both(Expr left, Expr right, Func<Enclosure[], Enclosure[], Enclosure[]?> combine) =>
        Evaluate(left) is { } a && Evaluate(right) is { } b ? combine(a, b) : null;

    private Enclosure[] Multiply(Enclosure[] a, Enclosure[] b)
    {
        var product = Zeros();
        for (var k = 0; k <= order; k++)
        {
            for (var j = 0; j <= k; j++)
            {
                product[k] += a[j] * b[k - j];
            }
        }

        return product;
    }

    private Enclosure[]? Divide(Enclosure[] a, Enclosure[] b)
    {
        if (b[0].ContainsZero)
        {
            return Fail("division by a value whose enclosure contains 0");
        }

        var quotient = Zeros();
        for (var k = 0; k <= order; k++)
        {
            var rest = a[k];
            for (var j = 0; j < k; j++)
            {
                rest -= quotient[j] * b[k - j];
            }

            quotient[k] = rest / b[0];
        }

        return quotient;
    }

    private Enclosure[]? Power(Enclosure[] a, int exponent)
    {
        var result = Constant(Enclosure.Exact(HighPrecisionReal.One(precision)));
        var power = a;
        for (var remaining = Math.Abs((long)exponent); remaining > 0; remaining >>= 1)
        {
            if ((remaining & 1) == 1)
            {
                result = Multiply(result, power);
            }

            if (remaining > 1)
            {
                power = Multiply(power, power);
            }
        }

        return exponent < 0 ? Divide(Constant(Enclosure.Exact(HighPrecisionReal.One(precision))), result) : result;
    }

    private Enclosure[] Exp(Enclosure[] a)
    {
        var result = Zeros();
        result[0] = Enclosure.Exp(a[0]);
        for (var k = 1; k <= order; k++)
        {
            var sum = Enclosure.Exact(HighPrecisionReal.Zero(precision));
            for (var j = 1; j <= k; j++)
            {
                sum += Integer(j) * a[j] * result[k - j];
            }

            result[k] = sum / Integer(k);
        }

        return result;
    }

    private Enclosure[]? Log(Enclosure[] a)
    {
        if (a[0].Lower.Sign <= 0)
        {
            return Fail("log of a value whose enclosure is not certainly positive");
        }

        var result = Zeros();
        result[0] = Enclosure.Log(a[0]);
        for (var k = 1; k <= order; k++)
        {
            var sum = Enclosure.Exact(HighPrecisionReal.Zero(precision));
            for (var j = 1; j < k; j++)
            {
                sum += Integer(j) * result[j] * a[k - j];
            }

            result[k] = (a[k] - (sum / Integer(k))) / a[0];
        }

        return result;
    }

    private Enclosure Integer(int value) => Enclosure.Exact(HighPrecisionReal.FromInteger(value, precision));

    private Enclosure[]? Fail(string reason)
    {
        failure ??= reason;
        return null;
    }
}
