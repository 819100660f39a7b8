using Verification.Derivations.Checking;
using Verification.Numerics.Networks;
using Verification.Symbolic;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;

namespace Verification.Derivations.Tests.Chapters.Training;

/// <summary>
/// The sigmoid net's learning rates, computed from the solver's answers in the catalog's
/// training-equivalence entry (r = 2η for the head, s = η for the hidden layer), not typed in.
/// </summary>
internal static class DerivedLearningRates
{
    private static readonly Symbol Eta = new("eta");

    private static readonly Func<double[], double>[] Answers = Compile();

    /// <summary>The sigmoid rates that keep the twin equal to a softmax net trained at <paramref name="softmax"/>.</summary>
    public static LearningRates<double> ForSigmoid(LearningRates<double> softmax) =>
        new(Hidden: Answers[2]([softmax.Hidden]), Output: Answers[0]([softmax.Output]));

    private static Func<double[], double>[] Compile()
    {
        var report = (TrainingEquivalenceReport)CatalogVerifier.Verify(Derivations.Catalog.Get("training-equivalence"));
        return
        [
            .. report.RateAnswers.Select(answer =>
            {
                var value = ((EquivalenceSolutions)((EquivalenceChecked)answer).Result).Families.Single().Assignments.Single().Value;
                return ExprCompiler.Compile(value, [Eta]);
            }),
        ];
    }
}
