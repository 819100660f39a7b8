using System.CommandLine;
using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Onnx;

namespace Verification.Cli.Audit;

/// <summary>
/// <c>verification audit [--impl ours|tensorprimitives|naive|all]</c> and
/// <c>verification audit --assembly PATH --type NAME</c> and <c>verification audit --onnx [model.onnx]</c>: every law against the implementations, printed as
/// text, Markdown, JSON or JUnit XML (<c>--format</c>), with kernels that must be present (<c>--require</c>).
/// </summary>
internal static class AuditCommand
{
    /// <summary>Modest on purpose: the whole catalog against three implementations runs in seconds, and the laws' generators aim at the hard inputs first.</summary>
    private const int DefaultCases = 200;

    public static Command Create(Terminal terminal)
    {
        var impl = new Option<BuiltInImplementation>("--impl")
        {
            Description = "Which built-in implementation to audit (default ours, or none when --assembly is given).",
            HelpName = "ours|tensorprimitives|naive|all",
            DefaultValueFactory = static _ => BuiltInImplementation.Ours,
        };
        var assembly = new Option<FileInfo>("--assembly")
        {
            Description = "A .NET assembly with kernels in the TensorPrimitives span convention (Softmax, Sigmoid, SoftmaxJacobian, …).",
        }.AcceptExistingOnly();
        var type = new Option<string?>("--type")
        {
            Description = "The static class in --assembly that holds the kernels (full or simple name).",
        };
        var onnx = OnnxAuditTarget.CreateOption();
        var cases = new Option<int>("--cases")
        {
            Description = "Inputs drawn per law.",
            DefaultValueFactory = static _ => DefaultCases,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the input generator: the same seed gives the same table.",
            DefaultValueFactory = static _ => 1UL,
        };

        var format = new Option<AuditFormat>("--format")
        {
            Description = "How to print the report: the table (text), a Markdown document, JSON, or JUnit XML for CI test reporters.",
            HelpName = "text|markdown|json|junit",
            DefaultValueFactory = static _ => AuditFormat.Text,
        };
        var require = new Option<string[]>("--require")
        {
            Description = $"Kernels every implementation must have, comma-separated (case-insensitive): exit 1 naming any that is missing. Kernels: {string.Join(", ", AuditRequirements.KnownKernels)}.",
            HelpName = "softmax,sigmoid,...",
            AllowMultipleArgumentsPerToken = false,
        };
        var failOnNotApplicable = new Option<bool>("--fail-on-not-applicable")
        {
            Description = "A law that cannot be checked (its kernel is missing) fails the audit (exit 1) instead of being skipped.",
        };

        require.Validators.Add(static result =>
        {
            foreach (var name in RequiredNames(result.Tokens.Select(static token => token.Value)))
            {
                if (AuditRequirements.KnownKernel(name) is null)
                {
                    result.AddError($"--require: unknown kernel '{name}'; the kernels are {string.Join(", ", AuditRequirements.KnownKernels)}.");
                }
            }
        });
        cases.Validators.Add(static result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var count) && count < 1)
            {
                result.AddError("--cases must be at least 1.");
            }
        });

        var command = new Command("audit", "Check every law (sum to one, shift invariance, Jacobian = diag(s) − ssᵀ, …) against kernels; print the conformance table and the worst counterexamples.")
        {
            impl,
            assembly,
            type,
            onnx,
            cases,
            seed,
            format,
            require,
            failOnNotApplicable,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(assembly) is null) != (result.GetValue(type) is null))
            {
                result.AddError("--assembly and --type go together.");
            }
        });
        command.SetAction(parsed =>
        {
            var onnxRequest = OnnxAuditTarget.Requested(parsed, onnx);
            var builtIn = (parsed.GetValue(assembly) is null && onnxRequest is null) || parsed.GetResult(impl) is { Implicit: false }
                ? parsed.GetValue(impl)
                : (BuiltInImplementation?)null;
            var requirements = new AuditRequirements(RequiredNames(parsed.GetValue(require) ?? []), parsed.GetValue(failOnNotApplicable));
            return (int)Run(
                terminal,
                builtIn,
                parsed.GetValue(assembly),
                parsed.GetValue(type),
                onnxRequest,
                new LawSampling(parsed.GetValue(cases), parsed.GetValue(seed)),
                parsed.GetValue(format),
                requirements);
        });
        return command;
    }

    /// <summary>"--require softmax,sigmoid --require tanh": every comma-separated name, blanks dropped.</summary>
    private static List<string> RequiredNames(IEnumerable<string> tokens) =>
        [.. tokens.SelectMany(static token => token.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static ExitCode Run(
        Terminal terminal,
        BuiltInImplementation? builtIn,
        FileInfo? assembly,
        string? type,
        string? onnxRequest,
        LawSampling sampling,
        AuditFormat format,
        AuditRequirements requirements)
    {
        var implementations = new List<Implementation>(builtIn is { } choice ? AuditTargets.For(choice) : []);
        if (assembly is not null)
        {
            try
            {
                implementations.Add(Implementation.FromAssembly(assembly.FullName, type!));
            }
            catch (KernelBindingException failure)
            {
                terminal.Error.WriteLine($"error: {failure.Message}");
                return ExitCode.Inconclusive;
            }
        }

        OnnxImplementation? onnxKernels = null;
        if (onnxRequest is not null)
        {
            try
            {
                onnxKernels = OnnxAuditTarget.Open(onnxRequest);
            }
            catch (KernelBindingException failure)
            {
                terminal.Error.WriteLine($"error: {failure.Message}");
                return ExitCode.Inconclusive;
            }

            implementations.Add(onnxKernels.Implementation);
        }

        using var onnxSessions = onnxKernels;

        foreach (var implementation in implementations)
        {
            foreach (var note in implementation.BindingNotes)
            {
                terminal.Error.WriteLine($"note: {implementation.Name}: {note}");
            }
        }

        var report = ProgressReporter.Run(
            terminal,
            "audit",
            LawCatalog.All.Count,
            progress => AuditRunner.Run(implementations, sampling, progress));
        return AuditReportWriter.Write(terminal, report, format, requirements);
    }
}
