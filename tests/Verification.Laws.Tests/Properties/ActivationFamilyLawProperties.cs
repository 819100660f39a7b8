using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests.Properties;

/// <summary>
/// The laws of the sigmoid's relatives (tanh, softplus, log σ, SiLU) hold for our kernels on the elementwise
/// adversarial rows (replaying a failure: see <see cref="LawProperty"/>).
/// </summary>
public class ActivationFamilyLawProperties
{
    [Property(MaxTest = 1000)]
    public Property TanhIsOddInFloat() => LawProperty.HoldsForOurs(new TanhIsOdd<float>(), ElementwiseGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property TanhIsOddInDouble() => LawProperty.HoldsForOurs(new TanhIsOdd<double>(), ElementwiseGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property TanhIsRescaledSigmoidInFloat() =>
        LawProperty.HoldsForOurs(new TanhEqualsRescaledSigmoid<float>(), ElementwiseGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property TanhIsRescaledSigmoidInDouble() =>
        LawProperty.HoldsForOurs(new TanhEqualsRescaledSigmoid<double>(), ElementwiseGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property SoftplusDifferenceIsIdentityInFloat() =>
        LawProperty.HoldsForOurs(new SoftplusDifferenceIsIdentity<float>(), ElementwiseGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property SoftplusDifferenceIsIdentityInDouble() =>
        LawProperty.HoldsForOurs(new SoftplusDifferenceIsIdentity<double>(), ElementwiseGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property LogSigmoidIsNegativeSoftplusInFloat() =>
        LawProperty.HoldsForOurs(new LogSigmoidEqualsNegativeSoftplus<float>(), ElementwiseGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property LogSigmoidIsNegativeSoftplusInDouble() =>
        LawProperty.HoldsForOurs(new LogSigmoidEqualsNegativeSoftplus<double>(), ElementwiseGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property SiluIsInputTimesSigmoidInFloat() =>
        LawProperty.HoldsForOurs(new SiluEqualsInputTimesSigmoid<float>(), ElementwiseGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property SiluIsInputTimesSigmoidInDouble() =>
        LawProperty.HoldsForOurs(new SiluEqualsInputTimesSigmoid<double>(), ElementwiseGenerators.Adversarial<double>());

    /// <summary>Every activation, in both precisions, is finite on every finite row (the rows are finite by construction).</summary>
    [Property(MaxTest = 1000)]
    public Property EveryActivationIsFiniteForFiniteInputInFloat() =>
        Prop.ForAll(ElementwiseGenerators.Adversarial<float>(), static row => AllFinite(row));

    /// <inheritdoc cref="EveryActivationIsFiniteForFiniteInputInFloat"/>
    [Property(MaxTest = 1000)]
    public Property EveryActivationIsFiniteForFiniteInputInDouble() =>
        Prop.ForAll(ElementwiseGenerators.Adversarial<double>(), static row => AllFinite(row));

    private static Property AllFinite<T>(T[] row)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var results = Enum.GetValues<ElementwiseActivation>()
            .Select(activation => new ActivationFiniteForFiniteInput<T>(activation).Check(OurKernels.Implementation, row))
            .ToList();
        return results.TrueForAll(static result => result is Laws.Results.LawHolds).Label(string.Join("; ", results));
    }
}
