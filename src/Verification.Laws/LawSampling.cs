using FsCheck.Fluent;

namespace Verification.Laws;

/// <summary>
/// How many inputs to draw from a law's generator outside the FsCheck test runner, and from which seed, so that
/// a conformance run is reproducible. Sizes grow from 1 to <see cref="MaximumSize"/> as in an FsCheck run.
/// </summary>
/// <param name="Cases">Number of inputs.</param>
/// <param name="Seed">Seed of FsCheck's splittable random generator.</param>
/// <param name="MaximumSize">The largest FsCheck size parameter used.</param>
public sealed record LawSampling(int Cases = 1000, ulong Seed = 1, int MaximumSize = 100)
{
    private const int SizeSteps = 10;

    /// <summary>Draws <see cref="Cases"/> inputs from <paramref name="generator"/>.</summary>
    public IEnumerable<TInput> Draw<TInput>(Gen<TInput> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        for (var step = 0; step < SizeSteps; step++)
        {
            var count = (Cases / SizeSteps) + (step < Cases % SizeSteps ? 1 : 0);
            if (count == 0)
            {
                continue;
            }

            var size = Math.Max(1, MaximumSize * (step + 1) / SizeSteps);
            foreach (var input in generator.Sample(count, new Rnd(Seed + (ulong)step), size))
            {
                yield return input;
            }
        }
    }
}
