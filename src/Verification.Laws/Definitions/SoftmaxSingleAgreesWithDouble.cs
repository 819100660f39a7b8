namespace Verification.Laws.Definitions;

/// <summary>The float softmax agrees with the double softmax of the same (exactly widened) input to float precision.</summary>
/// <remarks>
/// Both kernels see the same real input (a float widens to double exactly), so any difference is rounding
/// inside the float kernel; the double kernel's error is ~2⁻²⁹ times smaller. Per entry the float error is at most
/// u_f(k + 2 + aᵢ + Σⱼ sⱼaⱼ) relative (aᵢ = |xᵢ − m| capped at float's underflow exponent, ≈ 103), which the
/// law doubles, plus float's smallest normal as an absolute floor for subnormal (or flushed) results:
/// |s_f,ᵢ − s_d,ᵢ| ≤ 2ε_f(k + 4 + aᵢ + Σⱼ sⱼaⱼ)·s_d,ᵢ + 2⁻¹²⁶.
/// </remarks>
public sealed class SoftmaxSingleAgreesWithDouble() : Law<float[]>(
    id: "softmax-float-agrees-with-double",
    statement: "|softmax_float(x)ᵢ − softmax_double(x)ᵢ| ≤ 2ε_float(k + 4 + |xᵢ − m| + Σⱼ sⱼ|xⱼ − m|)·softmax_double(x)ᵢ + 2⁻¹²⁶",
    provedBy: CatalogReference.None("compares the float kernel with the double kernel: an accuracy bound, not an identity"))
{
    private static double Epsilon => FloatingPointFacts<float>.MachineEpsilon;

    /// <inheritdoc/>
    public override Precision Precision => Precision.SingleAgainstDouble;

    /// <inheritdoc/>
    public override Arbitrary<float[]> DefaultInputs => LogitGenerators.Adversarial<float>();

    /// <inheritdoc/>
    protected override string? MissingKernel(Implementation implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return implementation.SinglePrecision.Softmax is null ? "no Softmax kernel (float)"
            : implementation.DoublePrecision.Softmax is null ? "no Softmax kernel (double)"
            : null;
    }

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(Implementation implementation, float[] input)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(input);
        if (!Vectors.IsSoftmaxDefined<float>(input))
        {
            return CaseOutcome.Skipped("softmax undefined: empty row, NaN, +∞, or no finite entry");
        }

        var widened = Vectors.ToDoubles<float>(input);
        var reference = ReferenceSoftmax.Of(widened, FloatingPointFacts<float>.UnderflowExponent);
        var single = Vectors.ToDoubles<float>(Vectors.Apply(implementation.SinglePrecision.Softmax!, input, input.Length));
        var @double = Vectors.Apply(implementation.DoublePrecision.Softmax!, widened, input.Length);
        var worst = new WorstEntry();
        for (var i = 0; i < input.Length; i++)
        {
            var spread = input.Length + 4 + reference.ExponentSpread[i] + reference.WeightedSpread;
            var allowed = (2 * Epsilon * spread * Math.Abs(@double[i])) + FloatingPointFacts<float>.SmallestNormal;
            worst.Consider(i, Math.Abs(single[i] - @double[i]), allowed);
        }

        return CaseOutcome.Measured(new Counterexample(
            [new Observation("x", widened)],
            [new Observation("softmax_float(x)", single), new Observation("softmax_double(x)", @double)],
            worst.Measured,
            worst.Allowed,
            string.Create(CultureInfo.InvariantCulture, $"entry {worst.Index}")));
    }
}
