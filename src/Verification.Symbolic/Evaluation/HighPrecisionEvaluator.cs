using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// Evaluates an expression at an exact rational point in high-precision binary floating point, to
/// confirm (or reject) with far more than double precision what a double computation suggests.
/// </summary>
/// <remarks>
/// <para><b>Precision.</b> The work is done at w = <see cref="HighPrecisionReal.PrecisionBitsForDecimalDigits"/>(digits)
/// + <see cref="GuardBits"/> bits (64 guard bits ≈ 19 decimal digits), and the value returned is rounded to
/// the bits for <c>decimalDigits</c>. Every primitive step (+ − × ÷, integer power, exp, log, and the
/// named functions below built from them) has relative error ≤ 2^−(w−2).</para>
/// <para><b>Error bound.</b> For an expression of N operations whose relative condition number at the
/// point is κ, the relative error of the result is at most about N·κ·2^−(w−2) plus the final rounding,
/// so it is ≤ 10^(1−decimalDigits) whenever N·κ ≤ 10^17. This covers every expression without
/// catastrophic cancellation (κ is then of the order of the expression's depth). Where the value
/// cancels to near zero (f − f), only an absolute bound holds: about N·M·2^−w, with M the largest
/// intermediate magnitude. The evaluator does not detect that case, and no comparison of two precisions
/// makes a value certain: where a value must be certain (a witness that refutes a claim), use
/// <see cref="EnclosureEvaluator"/>, whose interval is proved to contain it.</para>
/// <para><b>Named functions</b> are computed stably: softmax, log_softmax and logsumexp subtract the
/// largest logit; σ branches on the sign of its argument; binary cross-entropy uses
/// max(z, 0) − z·y + log(1 + e^−|z|). Magnitudes are unbounded in practice (binary exponents are 64-bit),
/// so e^±1000 are evaluated with full relative precision. Terms that provably cannot change a rounded
/// result are skipped (e^(z_k − m) in a softmax sum, 1 − σ(u), the log(1 + e^−|z|) tail of bce), so
/// these functions accept any argument; a value that itself lies beyond the range (exp of an
/// argument ≥ 2^52 in magnitude, a binary exponent beyond ±2^63) throws <see cref="OverflowException"/>
/// rather than being returned wrong.</para>
/// <para><b>Derivative nodes</b> are evaluated by differentiating symbolically first
/// (<see cref="Differentiator"/>), then evaluating the derivative.</para>
/// </remarks>
public static class HighPrecisionEvaluator
{
    /// <summary>Extra bits carried beyond the requested decimal digits.</summary>
    public const int GuardBits = 64;

    /// <summary>
    /// The value of <paramref name="expression"/> with every free symbol replaced by its exact value in
    /// <paramref name="point"/>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// When a free symbol of the expression has no value in <paramref name="point"/> (a mistake of the
    /// caller, not a property of the expression), or a constant is not a finite rational.
    /// </exception>
    public static EvaluationResult Evaluate(Expr expression, IReadOnlyDictionary<string, Fraction> point, int decimalDigits = HighPrecisionReal.DefaultDecimalDigits)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(point);
        var requestedBits = HighPrecisionReal.PrecisionBitsForDecimalDigits(decimalDigits);
        var evaluation = new Evaluation(point, requestedBits + GuardBits);
        return evaluation.Evaluate(expression) switch
        {
            Defined defined => new Defined(defined.Value.WithPrecision(requestedBits)),
            var undefined => undefined,
        };
    }

    // One evaluation: the point and the working precision, both fixed for its lifetime.
    private sealed class Evaluation(IReadOnlyDictionary<string, Fraction> point, int precision)
    {
        private HighPrecisionReal One => HighPrecisionReal.One(precision);

        public EvaluationResult Evaluate(Expr expression) => expression switch
        {
            Constant c => new Defined(FromConstant(c.Value)),
            Symbol s => new Defined(HighPrecisionReal.FromFraction(ValueOf(s), precision)),
            KroneckerDelta(var i, var j) => new Defined(i == j ? One : HighPrecisionReal.Zero(precision)),
            Add(var l, var r) => Combine(l, r, static (a, b) => new Defined(a + b)),
            Subtract(var l, var r) => Combine(l, r, static (a, b) => new Defined(a - b)),
            Multiply(var l, var r) => Combine(l, r, static (a, b) => new Defined(a * b)),
            Divide(var n, var d) => Combine(n, d, static (a, b) => b.IsZero ? new Undefined("division by zero") : new Defined(a / b)),
            Negate(var u) => Then(u, static a => new Defined(-a)),
            Power(var b, var n) => Then(b, a => a.IsZero && n < 0
                ? new Undefined($"0 raised to the negative power {n}")
                : new Defined(HighPrecisionReal.Pow(a, n))),
            Exp(var u) => Then(u, static a => new Defined(HighPrecisionReal.Exp(a))),
            Log(var u) => Then(u, static a => a.Sign <= 0
                ? new Undefined($"log of the non-positive number {a.ToString(20)}")
                : new Defined(HighPrecisionReal.Log(a))),
            Sigmoid(var u) => Then(u, a => new Defined(Sigmoid(a))),
            Activation(var f, var u) => Evaluate(f.StableForm(u)),
            Softmax(var z, var i) => ThenAll(z, values => new Defined(Softmax(values, CheckedIndex(z, i)))),
            LogSoftmax(var z, var i) => ThenAll(z, values => new Defined(LogSoftmax(values, CheckedIndex(z, i)))),
            LogSumExp(var z) => ThenAll(z, values => new Defined(LogSumExp(values))),
            BinaryCrossEntropy(var z, var y) => Combine(z, y, (logit, target) => new Defined(BinaryCrossEntropy(logit, target))),
            CrossEntropy(var z, var y) => CrossEntropy(z, y),
            Derivative(var body, var variable) => Evaluate(Differentiator.Differentiate(body, variable)),
            _ => throw ExprTraversal.UnknownNode(expression),
        };

        // σ(u) = 1/(1 + e^−u) for u ≥ 0 and e^u/(1 + e^u) for u < 0: e^(−|u|) ≤ 1, so a very
        // negative u keeps the relative precision of its tiny σ instead of computing 1/(huge).
        private HighPrecisionReal Sigmoid(HighPrecisionReal u)
        {
            if (IsNegligibleExponent(-u))
            {
                // 1 − σ(u) < e^−u is below half an ulp of 1: σ(u) rounds to exactly 1 (and e^−u
                // itself may lie beyond the representable range, e.g. u = e^64).
                return One;
            }

            var decaying = HighPrecisionReal.Exp(-HighPrecisionReal.Abs(u));
            return u.Sign >= 0 ? One / (One + decaying) : decaying / (One + decaying);
        }

        // softmax(z)_i = e^(z_i − m) / Σ e^(z_k − m) with m = max z: the same value, and every
        // exponent ≤ 0, so the sum is in [1, n].
        private HighPrecisionReal Softmax(HighPrecisionReal[] logits, int index)
        {
            var max = logits.Aggregate(HighPrecisionReal.Max);
            return HighPrecisionReal.Exp(logits[index] - max) / SumOfShiftedExps(logits, max);
        }

        // log_softmax(z)_i = (z_i − m) − log Σ e^(z_k − m).
        private HighPrecisionReal LogSoftmax(HighPrecisionReal[] logits, int index)
        {
            var max = logits.Aggregate(HighPrecisionReal.Max);
            return logits[index] - max - HighPrecisionReal.Log(SumOfShiftedExps(logits, max));
        }

        // logsumexp(z) = m + log Σ e^(z_k − m).
        private HighPrecisionReal LogSumExp(HighPrecisionReal[] logits)
        {
            var max = logits.Aggregate(HighPrecisionReal.Max);
            return max + HighPrecisionReal.Log(SumOfShiftedExps(logits, max));
        }

        // −(y·log σ(z) + (1 − y)·log(1 − σ(z))) = max(z, 0) − z·y + log(1 + e^−|z|), for every real y:
        // log σ(z) = −softplus(−z), log(1 − σ(z)) = −softplus(z), softplus(−z) = softplus(z) − z.
        private HighPrecisionReal BinaryCrossEntropy(HighPrecisionReal logit, HighPrecisionReal target)
        {
            var positivePart = logit.Sign > 0 ? logit : HighPrecisionReal.Zero(precision);
            var rest = positivePart - (logit * target);

            // 0 < log(1 + e^−|z|) < e^−|z| ≤ 2^−|z|; when that is below 2^−(precision+16)·|rest| the tail
            // cannot change the rounded result, and skipping it avoids e^−|z| beyond the exponent range.
            if (!rest.IsZero && rest.FloorLog2 > -(1L << 40)
                && HighPrecisionReal.Abs(logit) >= HighPrecisionReal.FromInteger(precision + 16 - rest.FloorLog2, precision))
            {
                return rest;
            }

            return rest + HighPrecisionReal.LogOnePlus(HighPrecisionReal.Exp(-HighPrecisionReal.Abs(logit)));
        }

        // −Σ y_i·log_softmax(z)_i with logsumexp computed once.
        private EvaluationResult CrossEntropy(ExprList logits, ExprList targets)
        {
            if (logits.Count != targets.Count)
            {
                throw new ArgumentException($"Cross-entropy has {logits.Count} logits but {targets.Count} targets.", nameof(targets));
            }

            return ThenAll(logits, z => ThenAll(targets, y =>
            {
                var logSumExp = LogSumExp(z);
                var sum = HighPrecisionReal.Zero(precision);
                for (var i = 0; i < z.Length; i++)
                {
                    sum += y[i] * (z[i] - logSumExp);
                }

                return new Defined(-sum);
            }));
        }

        // Σ e^(z_k − m) ≥ 1 (the largest term is e^0); terms below 2^−(precision+16) cannot change the
        // rounded sum and are skipped, which also keeps far-out logits from overflowing exp.
        private HighPrecisionReal SumOfShiftedExps(HighPrecisionReal[] logits, HighPrecisionReal max) =>
            logits.Select(z => z - max)
                .Where(shifted => !IsNegligibleExponent(shifted))
                .Select(HighPrecisionReal.Exp)
                .Aggregate(static (a, b) => a + b);

        // True when e^x < 2^−(precision + 16), certified by x < −(precision + 16) (since ln 2 < 1).
        private bool IsNegligibleExponent(HighPrecisionReal x) => x < HighPrecisionReal.FromInteger(-(precision + 16), precision);

        private static int CheckedIndex(ExprList logits, int index) =>
            index >= 0 && index < logits.Count
                ? index
                : throw new ArgumentOutOfRangeException(nameof(index), index, $"Index {index} is outside the {logits.Count} logits {logits}.");

        private HighPrecisionReal FromConstant(Fraction value) => HighPrecisionReal.FromFraction(value, precision);

        private Fraction ValueOf(Symbol symbol) =>
            point.TryGetValue(symbol.Name, out var value)
                ? value
                : throw new ArgumentException($"The point gives no value for the free symbol '{symbol.Name}'.");

        private EvaluationResult Then(Expr operand, Func<HighPrecisionReal, EvaluationResult> next)
        {
            var result = Evaluate(operand);
            return result is Defined defined ? next(defined.Value) : result;
        }

        private EvaluationResult Combine(Expr left, Expr right, Func<HighPrecisionReal, HighPrecisionReal, EvaluationResult> next)
        {
            var leftResult = Evaluate(left);
            if (leftResult is not Defined a)
            {
                return leftResult;
            }

            var rightResult = Evaluate(right);
            return rightResult is Defined b ? next(a.Value, b.Value) : rightResult;
        }

        private EvaluationResult ThenAll(ExprList items, Func<HighPrecisionReal[], EvaluationResult> next)
        {
            if (items.Count == 0)
            {
                throw new ArgumentException("A softmax-family function needs at least one logit.", nameof(items));
            }

            var values = new HighPrecisionReal[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var result = Evaluate(items[i]);
                if (result is not Defined defined)
                {
                    return result;
                }

                values[i] = defined.Value;
            }

            return next(values);
        }
    }
}
