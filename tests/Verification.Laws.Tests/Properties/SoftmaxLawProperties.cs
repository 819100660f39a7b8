using FsCheck;
using FsCheck.Xunit;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests.Properties;

/// <summary>The softmax, log-softmax and log-sum-exp laws hold for our kernels (replaying a failure: see <see cref="LawProperty"/>).</summary>
public class SoftmaxLawProperties
{
    [Property(MaxTest = 1000)]
    public Property RowsSumToOneInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxRowsSumToOne<float>(), LogitGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property RowsSumToOneInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxRowsSumToOne<double>(), LogitGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property RowsOfBatchesSumToOne() =>
        LawProperty.HoldsForOursOnBatches(new SoftmaxRowsSumToOne<double>(), LogitGenerators.Batches<double>());

    [Property(MaxTest = 1000)]
    public Property EntriesAreInTheUnitIntervalInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxEntriesInUnitInterval<float>(), LogitGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property EntriesAreInTheUnitIntervalInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxEntriesInUnitInterval<double>(), LogitGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property FiniteInputGivesFiniteOutputInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxFiniteForFiniteInput<float>(), LogitGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property FiniteInputGivesFiniteOutputInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxFiniteForFiniteInput<double>(), LogitGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property IsShiftInvariantInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxShiftInvariance<float>(), LogitGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property IsShiftInvariantInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxShiftInvariance<double>(), LogitGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property LogSoftmaxIsLogOfSoftmaxInFloat() =>
        LawProperty.HoldsForOurs(new LogSoftmaxEqualsLogOfSoftmax<float>(), LogitGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property LogSoftmaxIsLogOfSoftmaxInDouble() =>
        LawProperty.HoldsForOurs(new LogSoftmaxEqualsLogOfSoftmax<double>(), LogitGenerators.Adversarial<double>());

    [Property(MaxTest = 1000)]
    public Property LogSumExpMatchesTheReferenceInFloat() =>
        LawProperty.HoldsForOurs(new LogSumExpMatchesReference<float>(), LogitGenerators.Adversarial<float>());

    [Property(MaxTest = 1000)]
    public Property LogSumExpMatchesTheReferenceInDouble() =>
        LawProperty.HoldsForOurs(new LogSumExpMatchesReference<double>(), LogitGenerators.Adversarial<double>());
}
