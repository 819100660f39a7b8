using System.Numerics.Tensors;

namespace Verification.Laws.Controls;

/// <summary>
/// Broken implementations that the laws must catch: proof that each law can fail. Every law in
/// <see cref="LawCatalog"/> is failed by at least one of them. They are bound by reflection, exactly as an
/// audited assembly would be: each kernel is one generic method over T, which the binder closes over float and
/// double as it does <c>TensorPrimitives</c>' (only <see cref="Controls.HalfPrecisionSingleSoftmax"/> differs by precision).
/// A control of the sigmoid's relatives declares only its defective kernel and is completed with the stable σ,
/// softplus and log σ, so a law relating two relatives blames the defect.
/// </summary>
public static class NegativeControls
{
    /// <summary>exp(x)/Σexp(x) without the max shift (also its log-softmax and log-sum-exp).</summary>
    public static NegativeControl NaiveTextbookSoftmax { get; } = Bind(
        typeof(NaiveTextbookSoftmax), "softmax, log-softmax and log-sum-exp without the max shift: NaN on [1000, 1001, 1002]");

    /// <summary>
    /// System.Numerics.Tensors' <c>TensorPrimitives.SoftMax</c> and <c>Sigmoid</c> (no max shift in SoftMax: NaN on
    /// [1000, 1001, 1002], [800, 0] in float, [−1000, −1001]).
    /// </summary>
    public static NegativeControl TensorPrimitives { get; } = Bind(
        typeof(TensorPrimitives), "TensorPrimitives.SoftMax does not shift by the maximum: NaN when exp overflows or every exp underflows");

    /// <summary>diag(s) + s sᵀ.</summary>
    public static NegativeControl SignErrorJacobian { get; } = Bind(
        typeof(SignErrorJacobian), "Jacobian diag(s) + s sᵀ: sign of the outer product flipped");

    /// <summary>sᵢ([i = j] − sᵢ).</summary>
    public static NegativeControl NonSymmetricJacobian { get; } = Bind(
        typeof(NonSymmetricJacobian), "Jacobian sᵢ([i = j] − sᵢ): index slip, not symmetric");

    /// <summary>−s sᵀ.</summary>
    public static NegativeControl MissingDiagonalJacobian { get; } = Bind(
        typeof(MissingDiagonalJacobian), "Jacobian −s sᵀ: diagonal term missing, negative semidefinite");

    /// <summary>exp(x)/(1 + exp(x)) everywhere.</summary>
    public static NegativeControl UnguardedSigmoid { get; } = Bind(
        typeof(UnguardedSigmoid), "sigmoid exp(x)/(1 + exp(x)) without the x ≥ 0 branch: NaN for large x");

    /// <summary>xᵢ − log Σ exp(xⱼ − m), missing + m.</summary>
    public static NegativeControl LogSoftmaxMissingMax { get; } = Bind(
        typeof(LogSoftmaxMissingMax), "log-softmax xᵢ − log Σ exp(xⱼ − m): the shift m is not added back");

    /// <summary>s ⊙ g.</summary>
    public static NegativeControl VectorJacobianProductMissingProjection { get; } = Bind(
        typeof(VectorJacobianProductMissingProjection), "vector–Jacobian product s ⊙ g: projection term −s⟨s, g⟩ missing");

    /// <summary>y − s.</summary>
    public static NegativeControl ReversedCrossEntropyGradient { get; } = Bind(
        typeof(ReversedCrossEntropyGradient), "cross-entropy gradient y − softmax(z): sign reversed");

    /// <summary>Float softmax through Half.</summary>
    public static NegativeControl HalfPrecisionSingleSoftmax { get; } = Bind(
        typeof(HalfPrecisionSingleSoftmax), "float softmax with half-precision intermediates");

    /// <summary>log(1 + exp(x)) as written.</summary>
    public static NegativeControl NaiveSoftplus { get; } = BindCompletedByStableActivations(
        typeof(NaiveSoftplus), "softplus log(1 + exp(x)) as written: ∞ from x ≈ 88.7 (float), 0 instead of eˣ for very negative x");

    /// <summary>(e²ˣ − 1)/(e²ˣ + 1).</summary>
    public static NegativeControl NaiveTanh { get; } = BindCompletedByStableActivations(
        typeof(NaiveTanh), "tanh (e²ˣ − 1)/(e²ˣ + 1) as written: NaN from x ≈ 44.4 (float), cancellation near 0");

    /// <summary>log(σ(x)).</summary>
    public static NegativeControl LogOfSigmoid { get; } = BindCompletedByStableActivations(
        typeof(LogOfSigmoid), "log-sigmoid as log(σ(x)): −∞ once σ(x) underflows, 0 once σ(x) rounds to 1");

    /// <summary>x·eˣ/(1 + eˣ) everywhere.</summary>
    public static NegativeControl UnguardedSilu { get; } = BindCompletedByStableActivations(
        typeof(UnguardedSilu), "SiLU x·eˣ/(1 + eˣ) without the x ≥ 0 branch: ∞ or NaN for large x");

    /// <summary>x·σ(−x).</summary>
    public static NegativeControl SiluWithWrongSign { get; } = BindCompletedByStableActivations(
        typeof(SiluWithWrongSign), "SiLU x·σ(−x): sign of the sigmoid's argument flipped");

    /// <summary>½(1 + tanh(x/2)).</summary>
    public static NegativeControl TanhBasedSigmoid { get; } = Bind(
        typeof(TanhBasedSigmoid), "sigmoid ½(1 + tanh(x/2)): 1 + tanh cancels, σ(x) loses its tail below x ≈ −17 (float), −37 (double)");

    /// <summary>softmax(x·T).</summary>
    public static NegativeControl TemperatureAsMultiplier { get; } = Bind(
        typeof(TemperatureAsMultiplier), "softmax and log-softmax with temperature as softmax(x·T): the temperature multiplies instead of divides");

    /// <summary>(1 − ε)y + ε.</summary>
    public static NegativeControl SmoothingWithoutClassCount { get; } = Bind(
        typeof(SmoothingWithoutClassCount), "label smoothing (1 − ε)y + ε without the division by n: the targets sum to 1 + (n − 1)ε");

    /// <summary>softmax with its outputs rotated one place.</summary>
    public static NegativeControl RotatedSoftmax { get; } = Bind(
        typeof(RotatedSoftmax), "softmax whose entries land one place off (sᵢ₋₁ at i): right values, wrong indices");

    /// <summary>Every control.</summary>
    public static IReadOnlyList<NegativeControl> All { get; } =
    [
        NaiveTextbookSoftmax,
        TensorPrimitives,
        SignErrorJacobian,
        NonSymmetricJacobian,
        MissingDiagonalJacobian,
        UnguardedSigmoid,
        LogSoftmaxMissingMax,
        VectorJacobianProductMissingProjection,
        ReversedCrossEntropyGradient,
        HalfPrecisionSingleSoftmax,
        NaiveSoftplus,
        NaiveTanh,
        LogOfSigmoid,
        UnguardedSilu,
        SiluWithWrongSign,
        TanhBasedSigmoid,
        TemperatureAsMultiplier,
        SmoothingWithoutClassCount,
        RotatedSoftmax,
    ];

    private static NegativeControl Bind(Type type, string defect) =>
        new(Implementation.FromStaticClass(type, type.Name), defect);

    /// <summary>
    /// A control of the sigmoid's relatives, which declares only its defective kernel: bound as <see cref="Bind"/>
    /// binds, then given the stable σ, softplus and log σ it does not declare (<see cref="StableActivations.Complete"/>).
    /// </summary>
    private static NegativeControl BindCompletedByStableActivations(Type type, string defect)
    {
        var control = Implementation.FromStaticClass(type, type.Name);
        return new(
            control with
            {
                SinglePrecision = StableActivations.Complete(control.SinglePrecision),
                DoublePrecision = StableActivations.Complete(control.DoublePrecision),
            },
            defect);
    }
}
