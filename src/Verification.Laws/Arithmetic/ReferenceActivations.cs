namespace Verification.Laws.Arithmetic;

/// <summary>
/// σ, tanh and softplus evaluated stably in double, for the magnitudes the elementwise laws scale their
/// tolerances by. They are never what a kernel is compared against (each law compares two kernels of the
/// implementation under test), so a few ulp of double are ample; what matters is that they neither overflow nor
/// lose relative accuracy, so that a tolerance is never inflated to ∞ or deflated to 0 by the reference itself.
/// </summary>
internal static class ReferenceActivations
{
    /// <summary>σ(x) = 1/(1 + e⁻ˣ) for x ≥ 0 and eˣ/(1 + eˣ) for x &lt; 0: the exponential is at most 1.</summary>
    public static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        var exponential = Math.Exp(x);
        return exponential / (1 + exponential);
    }

    /// <summary>tanh(x) from the platform's libm, accurate to an ulp of double and never overflowing.</summary>
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary>softplus(x) = log(1 + eˣ) = max(x, 0) + log1p(e^(−|x|)): the exponential is at most 1.</summary>
    public static double Softplus(double x) => Math.Max(x, 0) + LogOnePlus(Math.Exp(-Math.Abs(x)));

    /// <summary>
    /// log(1 + y) for y ≥ 0 with relative accuracy for tiny y, by Kahan's trick: with w = fl(1 + y),
    /// log(w)·y/(w − 1) cancels the rounding of w (Goldberg 1991, Theorem 4). <c>double.LogP1</c> is
    /// log(1 + y) as written and returns 0 below y ≈ 1.1·10⁻¹⁶.
    /// </summary>
    public static double LogOnePlus(double y)
    {
        var w = 1 + y;
        return w == 1 ? y : Math.Log(w) * y / (w - 1);
    }
}
