using System.Reflection;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// What an audit demands beyond "no law fails": kernels that must be present (<c>--require</c>), and
/// whether a law that could not be checked counts as a failure (<c>--fail-on-not-applicable</c>). Without
/// them a library with a sigmoid alone passes, its softmax laws all "not applicable".
/// </summary>
/// <param name="RequiredKernels">Kernel names as <see cref="ActivationKernels{T}.PresentKernelNames"/> spells them.</param>
/// <param name="FailOnNotApplicable">A not-applicable law fails the audit.</param>
internal sealed record AuditRequirements(IReadOnlyList<string> RequiredKernels, bool FailOnNotApplicable)
{
    /// <summary>No demands: the exit code is decided by the laws that fail.</summary>
    public static AuditRequirements None { get; } = new([], false);

    /// <summary>Every kernel an implementation can have, in declaration order (the delegate-typed properties of <see cref="ActivationKernels{T}"/>).</summary>
    public static IReadOnlyList<string> KnownKernels { get; } =
        [.. typeof(ActivationKernels<double>).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static property => typeof(Delegate).IsAssignableFrom(property.PropertyType))
            .Select(static property => property.Name)];

    /// <summary>The known kernel spelled <paramref name="name"/> ignoring case, or null.</summary>
    public static string? KnownKernel(string name) =>
        KnownKernels.FirstOrDefault(known => string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The required kernels, spelled as <see cref="KnownKernels"/> spells them, each once.</summary>
    public IReadOnlyList<string> RequiredKernelNames =>
        [.. RequiredKernels.Select(static name => KnownKernel(name) ?? name.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>Why <paramref name="implementation"/> lacks <paramref name="kernel"/> (in both precisions: one is enough), or null when it has it.</summary>
    public static string? Missing(Implementation implementation, string kernel)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        var present = implementation.SinglePrecision.PresentKernelNames.Union(implementation.DoublePrecision.PresentKernelNames).ToHashSet(StringComparer.Ordinal);
        if (present.Contains(kernel))
        {
            return null;
        }

        var found = present.Count == 0 ? "none" : string.Join(", ", KnownKernels.Where(present.Contains));
        return $"the required kernel {kernel} is missing (found: {found})";
    }

    /// <summary>
    /// Why the audit fails beyond its failing laws, one line each naming the implementation: each required
    /// kernel it lacks, and with <see cref="FailOnNotApplicable"/> each law not applied to it.
    /// </summary>
    public IReadOnlyList<string> Violations(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var violations = new List<string>();
        foreach (var implementation in report.Implementations)
        {
            violations.AddRange(RequiredKernelNames
                .Select(kernel => Missing(implementation, kernel))
                .OfType<string>()
                .Select(missing => $"{implementation.Name}: {missing}"));
        }

        if (FailOnNotApplicable)
        {
            violations.AddRange(report.Results.OfType<LawNotApplicable>().Select(static result =>
                $"{result.ImplementationName}: {result.LawName} is not applicable ({result.Reason}) and --fail-on-not-applicable is set"));
        }

        return violations;
    }

    /// <summary>1 when a law fails or a requirement is violated, else 0.</summary>
    public ExitCode ExitCodeOf(AuditReport report) =>
        report.ExitCode == ExitCode.Failure || Violations(report).Count > 0 ? ExitCode.Failure : ExitCode.Success;
}
