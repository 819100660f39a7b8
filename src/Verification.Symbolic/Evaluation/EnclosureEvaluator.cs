using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// Evaluates an expression at an exact rational point in interval arithmetic: the result is an
/// <see cref="Enclosure"/> that provably contains the exact value, at a chosen working precision.
/// </summary>
/// <remarks>
/// <para><b>Guarantee.</b> If the result is <see cref="Enclosed"/>, the exact value of the expression at
/// the point lies in it. Each node is enclosed from its children's enclosures by an operation with the
/// inclusion property (<see cref="Enclosure"/>); constants and coordinates are rounded outward. Where the
/// exact operation may be undefined (a divisor or a log argument whose enclosure is not certainly
/// non-zero / positive), the result is <see cref="NotEnclosed"/>, never a guess.</para>
/// <para><b>Named functions</b> use forms whose enclosure stays narrow: σ is increasing, so σ(u) is
/// enclosed by bounds of σ at u's endpoints, each from e^(−|v|) ≤ 1; log_softmax and logsumexp
/// shift every logit by the exact number c = max of the lower bounds (the identities hold for every real
/// c; softmax as 1/(1 + Σ_(k≠i) e^(z_k − z_i))), so every sum is ≥ 1 and e^(≤ −2^52) is enclosed by
/// [0, 2^(−2^52)] instead of failing;
/// binary cross-entropy is softplus(z) − z·y, softplus increasing.</para>
/// <para><b>Bounds.</b> Each node evaluated costs max(1, (bits/256)²) operations of the caller's budget
/// (<see cref="EngineLimits.MaxWitnessOperations"/>): a multiplication's cost grows as the square of the precision; a shared sub-expression (the same instance, as
/// symbolic derivatives produce) is evaluated once per evaluation. An exp argument ≥ 2^52 or a binary
/// exponent beyond ±2^63 makes the result <see cref="NotEnclosed"/> ("out of range"), not an exception.
/// A chain of derivatives in one variable is enclosed from Taylor coefficients (<see cref="TaylorEvaluation"/>);
/// other derivative nodes are differentiated symbolically first (<see cref="ExpandDerivatives(Expr)"/>).</para>
/// </remarks>
public static class EnclosureEvaluator
{
    /// <summary>
    /// An enclosure of <paramref name="expression"/> at <paramref name="point"/>, computed with
    /// <paramref name="precisionBits"/> bits and at most <see cref="EngineLimits.MaxWitnessOperations"/> operations.
    /// </summary>
    /// <exception cref="ArgumentException">When a free symbol has no value in <paramref name="point"/>.</exception>
    public static EnclosureResult Evaluate(Expr expression, IReadOnlyDictionary<string, Fraction> point, int precisionBits, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Evaluate(ExpandDerivatives(expression), point, precisionBits, new EvaluationBudget((limits ?? EngineLimits.Default).MaxWitnessOperations));
    }

    /// <summary>
    /// <paramref name="expression"/> with every <see cref="Derivative"/> node replaced by its symbolic
    /// derivative, so that a search evaluating at many points and precisions differentiates once.
    /// </summary>
    /// <remarks>
    /// A chain of derivatives in one variable, diff(…diff(f, x)…, x) with no derivative inside f, is
    /// kept: it is enclosed from Taylor coefficients (<see cref="TaylorEvaluation"/>) at far less cost
    /// than its symbolic form, which grows exponentially with the order.
    /// </remarks>
    /// <exception cref="WorkLimitExceededException">
    /// A derivative expands to more than <see cref="EngineLimits.MaxNodes"/> nodes: mixed partial
    /// derivatives have no Taylor shortcut here, and their symbolic form roughly triples per order.
    /// </exception>
    public static Expr ExpandDerivatives(Expr expression) => ExpandDerivatives(expression, EngineLimits.Default.MaxNodes);

    /// <inheritdoc cref="ExpandDerivatives(Expr)"/>
    /// <param name="expression">The expression whose derivatives to expand.</param>
    /// <param name="maxNodes">Most nodes any expanded derivative may have.</param>
    internal static Expr ExpandDerivatives(Expr expression, int maxNodes)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression is not Derivative)
        {
            return ExprTraversal.MapChildren(expression, e => ExpandDerivatives(e, maxNodes));
        }

        return SingleVariableChain(expression) is not null ? expression : Symbolically(expression, maxNodes);
    }

    // Every derivative differentiated symbolically, innermost first, the size checked after each
    // order, so that a 10th mixed derivative is refused after a few orders instead of filling memory.
    private static Expr Symbolically(Expr expression, int maxNodes)
    {
        if (expression is not Derivative(var body, var variable))
        {
            return ExprTraversal.MapChildren(expression, e => Symbolically(e, maxNodes));
        }

        var derivative = Differentiator.Differentiate(Symbolically(body, maxNodes), variable);
        return DistinctNodesExceed(derivative, maxNodes)
            ? throw new WorkLimitExceededException($"too large: a derivative by {variable.Name} expands to more than {maxNodes:N0} nodes for the witness search (EngineLimits.MaxNodes)")
            : derivative;
    }

    // The evaluation memoises by reference, so its cost is the number of distinct node objects (the
    // differentiator shares the operands it repeats), not the size of the tree they unfold to.
    private static bool DistinctNodesExceed(Expr root, int maxNodes)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Expr>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            if (seen.Count > maxNodes)
            {
                return true;
            }

            foreach (var child in ExprTraversal.Children(node))
            {
                pending.Push(child);
            }
        }

        return false;
    }

    // (f, x, n) for diff(…diff(f, x)…, x) with n nested derivatives in x and none inside f; else null.
    private static (Expr Body, Symbol Variable, int Order)? SingleVariableChain(Expr expression)
    {
        if (expression is not Derivative(_, var variable))
        {
            return null;
        }

        var order = 0;
        while (expression is Derivative(var inner, var v) && v == variable)
        {
            expression = inner;
            order++;
        }

        return ExprTraversal.PreOrder(expression).Any(static e => e is Derivative) ? null : (expression, variable, order);
    }

    /// <summary>Evaluates an expression already free of derivatives, charging <paramref name="budget"/>.</summary>
    internal static EnclosureResult Evaluate(Expr expression, IReadOnlyDictionary<string, Fraction> point, int precisionBits, EvaluationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(point);
        ArgumentOutOfRangeException.ThrowIfLessThan(precisionBits, 8);
        try
        {
            return new Evaluation(point, precisionBits, budget).Evaluate(expression);
        }
        catch (OverflowException e)
        {
            return new NotEnclosed($"out of range: {e.Message}", MorePrecisionMayHelp: false);
        }
        catch (WorkLimitExceededException e)
        {
            return new NotEnclosed(e.Message, MorePrecisionMayHelp: false);
        }
        catch (DivideByZeroException)
        {
            // Every divisor is checked first; this is a safety net, and a narrower enclosure may settle it.
            return new NotEnclosed("division by a value whose enclosure contains 0", MorePrecisionMayHelp: true);
        }
    }

    // One evaluation: the point, the working precision and a cache of the sub-expressions done.
    private sealed class Evaluation(IReadOnlyDictionary<string, Fraction> point, int precision, EvaluationBudget budget)
    {
        private readonly EvaluationMemo<EnclosureResult> memo = new(budget, EvaluationBudget.NodeCost(precision));

        private Enclosure One => Enclosure.Exact(HighPrecisionReal.One(precision));

        private Enclosure Zero => Enclosure.Exact(HighPrecisionReal.Zero(precision));

        public EnclosureResult Evaluate(Expr expression) => memo.Evaluate(expression, EvaluateNode);

        private EnclosureResult EvaluateNode(Expr expression) => expression switch
        {
            Constant c => new Enclosed(Enclosure.FromFraction(c.Value, precision)),
            Symbol s => new Enclosed(Enclosure.FromFraction(ValueOf(s), precision)),
            KroneckerDelta(var i, var j) => new Enclosed(i == j ? One : Zero),
            Add(var l, var r) => Combine(l, r, static (a, b) => new Enclosed(a + b)),
            Subtract(var l, var r) => Combine(l, r, static (a, b) => new Enclosed(a - b)),
            Multiply(var l, var r) => Combine(l, r, static (a, b) => new Enclosed(a * b)),
            Divide(var n, var d) => Combine(n, d, static (a, b) => NonZero(b, "division") ?? (EnclosureResult)new Enclosed(a / b)),
            Negate(var u) => Then(u, static a => new Enclosed(-a)),
            Power(var b, var n) => Then(b, a => (n < 0 ? NonZero(a, $"raising to the negative power {n}") : null) ?? (EnclosureResult)new Enclosed(Enclosure.Pow(a, n))),
            Exp(var u) => Then(u, static a => new Enclosed(Enclosure.Exp(a))),
            Log(var u) => Then(u, static a => Positive(a) ?? (EnclosureResult)new Enclosed(Enclosure.Log(a))),
            Sigmoid(var u) => Then(u, a => new Enclosed(Sigmoid(a))),
            Activation(var f, var u) => Evaluate(f.StableForm(u)),
            Softmax(var z, var i) => ThenAll(z, values => new Enclosed(Softmax(values, CheckedIndex(z, i)))),
            LogSoftmax(var z, var i) => ThenAll(z, values => LogSoftmax(values, CheckedIndex(z, i))),
            LogSumExp(var z) => ThenAll(z, LogSumExp),
            BinaryCrossEntropy(var z, var y) => Combine(z, y, (logit, target) => new Enclosed(SoftPlus(logit) - (logit * target))),
            CrossEntropy(var z, var y) => CrossEntropy(z, y),
            Derivative(var body, var variable) => SingleVariableChain(expression) is var (chainBody, chainVariable, order)
                ? new TaylorEvaluation(point, precision, budget, chainVariable, order).Derivative(chainBody)
                : Evaluate(Differentiator.Differentiate(body, variable)),
            _ => throw ExprTraversal.UnknownNode(expression),
        };

        // σ is increasing: σ(u) ∈ [σ̲(Lower), σ̄(Upper)].
        private Enclosure Sigmoid(Enclosure u) => new(SigmoidAt(u.Lower).Lower, SigmoidAt(u.Upper).Upper);

        // σ(v) = 1/(1 + e^−v) for v ≥ 0 and e^v/(1 + e^v) for v < 0: with E = e^(−|v|) ∈ (0, 1] both are
        // enclosed without ever forming a huge e^|v|.
        private Enclosure SigmoidAt(HighPrecisionReal v)
        {
            var decaying = Enclosure.Exp(Enclosure.Exact(-HighPrecisionReal.Abs(v)));
            var denominator = One + decaying;
            return v.Sign >= 0 ? One / denominator : decaying / denominator;
        }

        // softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)) is increasing.
        private Enclosure SoftPlus(Enclosure z) => new(SoftPlusAt(z.Lower).Lower, SoftPlusAt(z.Upper).Upper);

        private Enclosure SoftPlusAt(HighPrecisionReal v)
        {
            var tail = Enclosure.Log(One + Enclosure.Exp(Enclosure.Exact(-HighPrecisionReal.Abs(v))));
            return v.Sign > 0 ? Enclosure.Exact(v) + tail : tail;
        }

        // softmax(z)_i = 1 / (1 + Σ_(k≠i) e^(z_k − z_i)): the denominator is ≥ 1 whatever the widths, and
        // a difference ≥ 2^52 (e^d > 2^(2^52)) only says softmax(z)_i ∈ [0, 2^(−2^52)] instead of overflowing.
        private Enclosure Softmax(Enclosure[] logits, int index)
        {
            var denominator = One;
            var unboundedAbove = false;
            for (var k = 0; k < logits.Length; k++)
            {
                if (k == index)
                {
                    continue;
                }

                var difference = logits[k] - logits[index];
                if (!IsBeyondExpRange(difference.Upper))
                {
                    denominator += Enclosure.Exp(difference);
                    continue;
                }

                // e^x ≥ 2^x for x ≥ 0, so the lower end of the term is at least 2^(2^52) when it is out of range too.
                unboundedAbove = true;
                denominator += IsBeyondExpRange(difference.Lower)
                    ? Enclosure.Exact(HighPrecisionReal.FromMantissaAndExponent(System.Numerics.BigInteger.One, 1L << ElementaryBounds.MaxExpArgumentBits, precision, RoundingDirection.Down))
                    : Enclosure.Exact(Enclosure.Exp(Enclosure.Exact(difference.Lower)).Lower);
            }

            var quotient = One / denominator;
            return unboundedAbove ? new Enclosure(HighPrecisionReal.Zero(precision), quotient.Upper) : quotient;
        }

        private static bool IsBeyondExpRange(HighPrecisionReal x) => x.Sign > 0 && x.FloorLog2 >= ElementaryBounds.MaxExpArgumentBits;

        // log_softmax(z)_i = (z_i − c) − log Σ e^(z_k − c).
        private static EnclosureResult LogSoftmax(Enclosure[] logits, int index)
        {
            var shifted = ShiftedExps(logits, out var shift);
            var sum = Sum(shifted);
            return Positive(sum) ?? (EnclosureResult)new Enclosed(logits[index] - shift - Enclosure.Log(sum));
        }

        // logsumexp(z) = c + log Σ e^(z_k − c).
        private EnclosureResult LogSumExp(Enclosure[] logits)
        {
            var shifted = ShiftedExps(logits, out var shift);
            var sum = Sum(shifted);
            return Positive(sum) ?? (EnclosureResult)new Enclosed(shift + Enclosure.Log(sum));
        }

        // −Σ y_i·(z_i − logsumexp(z)), with logsumexp enclosed once.
        private EnclosureResult CrossEntropy(ExprList logits, ExprList targets)
        {
            if (logits.Count != targets.Count)
            {
                throw new ArgumentException($"Cross-entropy has {logits.Count} logits but {targets.Count} targets.", nameof(targets));
            }

            return ThenAll(logits, z => ThenAll(targets, y =>
            {
                if (LogSumExp(z) is not Enclosed(var logSumExp))
                {
                    return LogSumExp(z);
                }

                var sum = Zero;
                for (var i = 0; i < z.Length; i++)
                {
                    sum += y[i] * (z[i] - logSumExp);
                }

                return new Enclosed(-sum);
            }));
        }

        // e^(z_k − c) with c = the largest lower end: the term of that logit is ≥ 1, so the sum is too,
        // and every exponent is at most the width of an enclosure.
        private static Enclosure[] ShiftedExps(Enclosure[] logits, out Enclosure shift)
        {
            var c = Enclosure.Exact(logits.Select(static z => z.Lower).Aggregate(HighPrecisionReal.Max));
            shift = c;
            return [.. logits.Select(z => Enclosure.Exp(z - c))];
        }

        private static Enclosure Sum(Enclosure[] terms) => terms.Aggregate(static (a, b) => a + b);

        private static NotEnclosed? NonZero(Enclosure divisor, string operation) =>
            !divisor.ContainsZero ? null
            : divisor.Lower.IsZero && divisor.Upper.IsZero ? new NotEnclosed($"{operation} by zero", MorePrecisionMayHelp: false)
            : new NotEnclosed($"{operation} by a value whose enclosure contains 0", MorePrecisionMayHelp: true);

        private static NotEnclosed? Positive(Enclosure argument) =>
            argument.Lower.Sign > 0 ? null
            : argument.Upper.Sign <= 0 ? new NotEnclosed("log of a non-positive number", MorePrecisionMayHelp: false)
            : new NotEnclosed("log of a value whose enclosure is not certainly positive", MorePrecisionMayHelp: true);

        private static int CheckedIndex(ExprList logits, int index) =>
            index >= 0 && index < logits.Count
                ? index
                : throw new ArgumentOutOfRangeException(nameof(index), index, $"Index {index} is outside the {logits.Count} logits {logits}.");

        private Fraction ValueOf(Symbol symbol) =>
            point.TryGetValue(symbol.Name, out var value)
                ? value
                : throw new ArgumentException($"The point gives no value for the free symbol '{symbol.Name}'.");

        private EnclosureResult Then(Expr operand, Func<Enclosure, EnclosureResult> next) =>
            Evaluate(operand) is Enclosed(var value) ? next(value) : Evaluate(operand);

        private EnclosureResult Combine(Expr left, Expr right, Func<Enclosure, Enclosure, EnclosureResult> next)
        {
            if (Evaluate(left) is not Enclosed(var a))
            {
                return Evaluate(left);
            }

            return Evaluate(right) is Enclosed(var b) ? next(a, b) : Evaluate(right);
        }

        private EnclosureResult ThenAll(ExprList items, Func<Enclosure[], EnclosureResult> next)
        {
            if (items.Count == 0)
            {
                throw new ArgumentException("A softmax-family function needs at least one logit.", nameof(items));
            }

            var values = new Enclosure[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                if (Evaluate(items[i]) is not Enclosed(var value))
                {
                    return Evaluate(items[i]);
                }

                values[i] = value;
            }

            return next(values);
        }
    }
}
