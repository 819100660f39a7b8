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

    /// <summary>
    /// softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^(−|x|)) = −log σ(−x): both terms are
    /// non-negative, so nothing cancels; the exponential is at most 1, so nothing overflows.
    /// </summary>
    public static T Softplus<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Max(x, T.Zero) + LogOnePlus(T.Exp(-T.Abs(x)));

    /// <summary>
    /// SiLU x·σ(x) = x/(1 + e^(−x)) while e^(−x) is finite (then x·e^x stays normal). Beyond, σ(−x) = 1
    /// to far below an ulp and x·σ(x) = x·e^x is formed as (x·e^(x/2))·e^(x/2), so a subnormal result
    /// rounds once instead of inheriting the few bits of a subnormal e^x times |x| (hundreds of ulp).
    /// x is clamped at −2000 there (the result is −0 long before), so −∞ gives −0 rather than −∞·0.
    /// </summary>
    public static T Silu<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        var exponential = T.Exp(-x);
        if (T.IsFinite(exponential))
        {
            return x / (T.One + exponential);
        }

        var clamped = T.Max(x, NegligibleLogit<T>());
        var half = T.Exp(clamped / (T.One + T.One));
        return clamped * half * half;
    }

    /// <summary>
    /// SiLU′(x) = σ(x)·(1 + x·σ(−x)), with σ(x) = 1/(1 + e) and σ(−x) = e·σ(x) from one e = e^(−x) (so
    /// 1 − σ(x) never cancels) and 1 + x·σ(−x) in one fused multiply-add. Where e^(−x) overflows,
    /// σ(−x) = 1 and the result (1 + x)·e^x is formed as ((1 + x)·e^(x/2))·e^(x/2), as in <see cref="Silu"/>.
    /// x is capped at 2000 inside the product, where x·e^(−x) is 0 anyway, so +∞ gives 1 rather than ∞·0.
    /// </summary>
    public static T SiluDerivative<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        var exponential = T.Exp(-x);
        if (T.IsFinite(exponential))
        {
            var sigmoid = T.One / (T.One + exponential);
            return sigmoid * T.FusedMultiplyAdd(T.Min(x, -NegligibleLogit<T>()), exponential * sigmoid, T.One);
        }

        var clamped = T.Max(x, NegligibleLogit<T>());
        var half = T.Exp(clamped / (T.One + T.One));
        return half * (T.One + clamped) * half;
    }

    /// <summary>
    /// −2000: below it x·e^x and (1 + x)·e^x are far under the smallest subnormal of double (and of
    /// float and Half), so clamping there changes no result and keeps −∞ out of ∞·0.
    /// </summary>
    public static T NegligibleLogit<T>()
        where T : IFloatingPointIeee754<T> => T.CreateTruncating(-2000);

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
