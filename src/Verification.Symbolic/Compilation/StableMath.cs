namespace Verification.Symbolic.Compilation;

/// <summary>
/// Numerically stable double implementations of the named functions, called from compiled
/// expression trees. Each computes the same mathematical value as the elementary definition, but in
/// a form whose intermediate results cannot overflow where the result itself does not.
/// </summary>
public static class StableMath
{
    /// <summary>
    /// σ(x) = 1/(1 + e^−x) for x ≥ 0 and e^x/(1 + e^x) for x &lt; 0: the exponential is of −|x|, so it
    /// never overflows, and a very negative x keeps the relative precision of its tiny result.
    /// </summary>
    public static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        var decaying = Math.Exp(x);
        return decaying / (1 + decaying);
    }

    /// <summary>tanh(x), as the runtime computes it (correctly handles tiny x, where tanh(x) ≈ x, and saturates to ±1).</summary>
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary>
    /// softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^−|x|): e^−|x| ≤ 1 never overflows, and for
    /// very negative x the result e^x·(1 − …) keeps its relative precision through log(1 + tiny).
    /// </summary>
    public static double Softplus(double x) => Math.Max(x, 0) + LogOnePlus(Math.Exp(-Math.Abs(x)));

    /// <summary>log σ(x) = −softplus(−x), with the same stability.</summary>
    public static double LogSigmoid(double x) => -Softplus(-x);

    /// <summary>silu(x) = x·σ(x), with the stable σ.</summary>
    public static double Silu(double x) => x * Sigmoid(x);

    /// <summary>log Σ e^(z_k) = m + log Σ e^(z_k − m) with m = max z (every exponent ≤ 0, the sum in [1, n]).</summary>
    public static double LogSumExp(double[] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var max = Max(logits);
        if (double.IsInfinity(max))
        {
            // All −∞: the sum of exps is 0 and its log −∞. Some +∞: the sum and its log are +∞.
            return max;
        }

        return max + Math.Log(SumOfShiftedExps(logits, max));
    }

    /// <summary>softmax(z)_i = e^(z_i − m) / Σ e^(z_k − m), the same value as e^(z_i)/Σ e^(z_k).</summary>
    public static double Softmax(double[] logits, int index)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var max = Max(logits);
        return Math.Exp(logits[index] - max) / SumOfShiftedExps(logits, max);
    }

    /// <summary>log_softmax(z)_i = (z_i − m) − log Σ e^(z_k − m).</summary>
    public static double LogSoftmax(double[] logits, int index)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var max = Max(logits);
        return logits[index] - max - Math.Log(SumOfShiftedExps(logits, max));
    }

    /// <summary>
    /// −(y·log σ(z) + (1 − y)·log(1 − σ(z))) = max(z, 0) − z·y + log(1 + e^−|z|), which holds for every
    /// real y and never takes the log of a σ that rounded to 0 or 1.
    /// </summary>
    public static double BinaryCrossEntropy(double logit, double target) =>
        Math.Max(logit, 0) - (logit * target) + LogOnePlus(Math.Exp(-Math.Abs(logit)));

    /// <summary>−Σ y_i·log_softmax(z)_i = −Σ y_i·(z_i − logsumexp(z)), with logsumexp computed once.</summary>
    public static double CrossEntropy(double[] logits, double[] targets)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(targets);
        var logSumExp = LogSumExp(logits);
        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            sum += targets[i] * (logits[i] - logSumExp);
        }

        return -sum;
    }

    /// <summary>
    /// log(1 + x), accurate for tiny x, where Math.Log(1 + x) loses x below the double epsilon.
    /// With u = 1 + x rounded, log(u)·x/(u − 1) cancels the rounding of u (Goldberg, "What every
    /// computer scientist should know about floating-point arithmetic", Theorem 4): a few ulp.
    /// </summary>
    public static double LogOnePlus(double x)
    {
        var u = 1 + x;
        if (u == 1)
        {
            return x;
        }

        return double.IsPositiveInfinity(u) ? u : Math.Log(u) * x / (u - 1);
    }

    /// <summary>b^n for an integer n by repeated squaring (b^0 = 1; b^−n = 1/b^n).</summary>
    public static double IntegerPower(double @base, int exponent)
    {
        var remaining = Math.Abs((long)exponent);
        var result = 1.0;
        var power = @base;
        while (remaining > 0)
        {
            if ((remaining & 1) == 1)
            {
                result *= power;
            }

            remaining >>= 1;
            if (remaining > 0)
            {
                power *= power;
            }
        }

        return exponent < 0 ? 1 / result : result;
    }

    // The largest logit; NaN if any is NaN, so NaN inputs give NaN outputs.
    private static double Max(double[] logits)
    {
        if (logits.Length == 0)
        {
            throw new ArgumentException("A softmax-family function needs at least one logit.", nameof(logits));
        }

        var max = double.NegativeInfinity;
        foreach (var z in logits)
        {
            max = Math.Max(max, z);
        }

        return max;
    }

    private static double SumOfShiftedExps(double[] logits, double max)
    {
        var sum = 0.0;
        foreach (var z in logits)
        {
            sum += Math.Exp(z - max);
        }

        return sum;
    }
}
