using System.Numerics;

namespace Verification.Numerics.Common;

/// <summary>Scalar forms of the kernels: used for span tails, for types without SIMD support, and by the heads.</summary>
internal static class ScalarMath
{
    /// <summary>
    /// log(1 + x), accurate for tiny x. .NET's <c>T.LogP1</c> is log(x + 1) and returns 0 for
    /// x = 10⁻²⁰, so this uses Kahan's trick: with u = fl(1 + x), log(u)·x/(u − 1) cancels the
    /// rounding of u (Goldberg, "What every computer scientist should know about floating-point
    /// arithmetic", Theorem 4: relative error ≤ 5ε).
    /// </summary>
    public static T LogOnePlus<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        var u = T.One + x;
        if (u == T.One)
        {
            return x;
        }

        if (T.IsPositiveInfinity(u))
        {
            return u;
        }

        return T.Log(u) * x / (u - T.One);
    }

    /// <summary>
    /// σ(x) = 1/(1 + e^(−x)) for x ≥ 0 and e^x/(1 + e^x) for x &lt; 0: the exponential never
    /// overflows, and for very negative x the result is e^x itself (subnormal when it must be).
    /// </summary>
    public static T Sigmoid<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        if (x >= T.Zero)
        {
            return T.One / (T.One + T.Exp(-x));
        }

        var exponential = T.Exp(x);
        return exponential / (T.One + exponential);
    }

    /// <summary>log σ(x) = min(x, 0) − log1p(e^(−|x|)); both terms have the sign of the result.</summary>
    public static T LogSigmoid<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Min(x, T.Zero) - LogOnePlus(T.Exp(-T.Abs(x)));

    /// <summary>σ′(x) = e^(−|x|)/(1 + e^(−|x|))², the symmetric form σ(x)·σ(−x) without overflow.</summary>
    public static T SigmoidDerivative<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        var exponential = T.Exp(-T.Abs(x));
        var reciprocal = T.One / (T.One + exponential);
        return exponential * reciprocal * reciprocal;
    }

    /// <summary>
    /// Binary cross-entropy with a logit: max(z, 0) − z·y + log1p(e^(−|z|)). Each term is finite for
    /// finite z, and no exponential can overflow.
    /// </summary>
    public static T BinaryCrossEntropy<T>(T logit, T target)
        where T : IFloatingPointIeee754<T> =>
        T.Max(logit, T.Zero) - (logit * target) + LogOnePlus(T.Exp(-T.Abs(logit)));

    /// <summary>
    /// ∂/∂z of the binary cross-entropy: σ(z) − y. For y = 1 it is −σ(−z), computed directly so a
    /// confident correct prediction (σ(z) near 1) keeps its relative accuracy.
    /// </summary>
    public static T BinaryCrossEntropyGradient<T>(T logit, T target)
        where T : IFloatingPointIeee754<T> =>
        target == T.One ? -Sigmoid(-logit) : Sigmoid(logit) - target;
}
