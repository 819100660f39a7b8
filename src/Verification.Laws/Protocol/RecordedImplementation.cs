namespace Verification.Laws.Protocol;

/// <summary>
/// The implementation a results file describes: a kernel is present when the file answers its cases, and each call
/// a law makes is looked up by its exact inputs among the regenerated cases and answered with the recorded output.
/// Grading a results file is then literally running the laws against this implementation: the same laws, inputs
/// and tolerances as an in-process audit.
/// </summary>
public static class RecordedImplementation
{
    /// <summary>The implementation answering from <paramref name="results"/>, named after <see cref="ResultFile.ImplementationName"/>.</summary>
    public static Implementation From(ResultFile results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var answered = results.Cases.Cases
            .Where(@case => results.Answers[@case.Id] is not null)
            .Select(static @case => (@case.Kernel.Name, @case.Precision))
            .ToHashSet();
        return new Implementation(
            results.ImplementationName,
            AnsweringKernels.Create<float>(Answer, kernel => answered.Contains((kernel.Name, Precision.SinglePrecision))),
            AnsweringKernels.Create<double>(Answer, kernel => answered.Contains((kernel.Name, Precision.DoublePrecision))))
        {
            ShrinksFailures = false,
        };

        T[] Answer<T>(KernelInvocation<T> invocation)
            where T : IFloatingPointIeee754<T>
        {
            var id = results.Cases.IdOf(invocation)
                ?? throw new InvalidOperationException(
                    $"no case matches this {invocation.Kernel.Name} call; the laws made a call while grading that they did not make while generating the cases");
            var answer = results.Answers[id]
                ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"case {id} has no answer"));
            if (answer.Error is { } error)
            {
                throw new KernelReportedErrorException(string.Create(CultureInfo.InvariantCulture, $"case {id}: {error}"));
            }

            return [.. answer.Output!.Select(T.CreateTruncating)];
        }
    }
}
