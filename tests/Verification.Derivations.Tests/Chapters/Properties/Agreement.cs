using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Verification.TestSupport;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// Compares witnesses of one result (compiled formula, numeric kernel, finite differences) and turns
/// the comparison into a labelled FsCheck property, so a failure names the witnesses, the component
/// and the gap.
/// </summary>
internal sealed class Agreement
{
    private readonly List<string> mismatches = [];
    private readonly List<string> classes = [];

    /// <summary>|a − b| ≤ tolerance for every component (the shared <see cref="Tolerance.Absolute"/> comparison).</summary>
    public Agreement Near(string what, IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        if (expected.Count != actual.Count)
        {
            mismatches.Add($"{what}: {expected.Count} components against {actual.Count}");
            return this;
        }

        var absolute = Tolerance.Absolute(tolerance);
        for (var k = 0; k < expected.Count; k++)
        {
            if (!absolute.Accepts(expected[k], actual[k]))
            {
                mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"{what}[{k}]: {expected[k]:R} vs {actual[k]:R} (gap {Math.Abs(expected[k] - actual[k]):E2} > {tolerance:E2})"));
                break;
            }
        }

        return this;
    }

    public Agreement Near(string what, double expected, double actual, double tolerance) =>
        Near(what, [expected], [actual], tolerance);

    public Agreement That(string what, bool holds)
    {
        if (!holds)
        {
            mismatches.Add(what);
        }

        return this;
    }

    public Agreement Classify(bool condition, string label)
    {
        if (condition)
        {
            classes.Add(label);
        }

        return this;
    }

    public Property ToProperty(object input)
    {
        var property = (mismatches.Count == 0).Label($"{input}: {string.Join("; ", mismatches)}");
        return classes.Aggregate(property, (p, label) => p.Classify(true, label));
    }
}
