namespace Verification.Laws.Arithmetic;

/// <summary>
/// σ and log σ in double, accurate enough to judge a kernel to a few ulp of its own precision, including the tails
/// where σ(x) ≈ eˣ is subnormal and where log σ(x) ≈ −e⁻ˣ is.
/// </summary>
/// <remarks>
/// <para>
/// Every exponential is of −|x| ≤ 0, so nothing overflows; e = exp(−|x|) comes from the platform's libm with
/// relative error δ ≤ ε_d (under 1 ulp; glibc documents it), and absolute error ≤ 2⁻¹⁰⁷⁴ once subnormal.
/// </para>
/// <para>
/// σ: for x ≥ 0, σ = 1/(1 + e); for x &lt; 0, σ = e/(1 + e). 1 + e is kept exactly as the pair (w, t) by Fast2Sum
/// (valid as e ≤ 1), and the quotient q = a/w corrected by −q·t/w, so the only roundings are the division's (u)
/// and the correction's (u·|t/w| ≤ u²). The error of e moves ln σ by δ·(1 − σ) (x &lt; 0) or δ·(1 − σ) ≤ δ/2
/// (x ≥ 0): in all |σ̂ − σ| ≤ 2ε_d·σ + 2⁻¹⁰⁷⁴ (<see cref="SigmoidRelativeError"/>).
/// </para>
/// <para>
/// log σ = −log1p(e) for x ≥ 0 and x − log1p(e) for x &lt; 0. log1p by Kahan's trick errs by ≤ 5u with a correctly
/// rounded log (Goldberg 1991, Theorem 4), so ≤ 6u with libm's; e's error δ moves log1p(e) by ≤ δ·log1p(e),
/// since y/((1 + y) log1p(y)) ≤ 1. For x &lt; 0, x and −log1p(e) have the same sign: the sum adds u and never
/// amplifies. In all |log σ̂ − log σ| ≤ 5ε_d·|log σ| + 2⁻¹⁰⁷⁴ (<see cref="LogSigmoidRelativeError"/>).
/// </para>
/// <para>
/// For a float kernel these are 2⁻²⁹ of its ulp, invisible; for a double kernel they are the same size as the
/// kernel's own error, so the laws add them to what they allow rather than pretend the reference is exact.
/// </para>
/// </remarks>
internal static class AccurateSigmoid
{
    /// <summary>Bound on the relative error of <see cref="Sigmoid"/>, in units of ε_d = 2⁻⁵².</summary>
    public const double SigmoidRelativeError = 2;

    /// <summary>Bound on the relative error of <see cref="LogSigmoid"/>, in units of ε_d = 2⁻⁵².</summary>
    public const double LogSigmoidRelativeError = 5;

    /// <summary>σ(x) = 1/(1 + e⁻ˣ), x finite.</summary>
    public static double Sigmoid(double x)
    {
        var exponential = Math.Exp(-Math.Abs(x));
        var numerator = x >= 0 ? 1 : exponential;

        // Fast2Sum: w + t = 1 + e exactly, since 1 ≥ e.
        var w = 1 + exponential;
        var t = exponential - (w - 1);
        var quotient = numerator / w;
        return quotient - (quotient * t / w);
    }

    /// <summary>log σ(x) = −log(1 + e⁻ˣ) = min(x, 0) − log1p(e^(−|x|)), x finite.</summary>
    public static double LogSigmoid(double x) =>
        Math.Min(x, 0) - ReferenceActivations.LogOnePlus(Math.Exp(-Math.Abs(x)));
}
