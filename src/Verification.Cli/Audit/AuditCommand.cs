using System.CommandLine;
using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Protocol;
using Verification.Onnx;

namespace Verification.Cli.Audit;

/// <summary>
/// <c>verification audit [--impl ours|tensorprimitives|naive|all]</c> and
/// <c>verification audit --assembly PATH --type NAME</c>, <c>verification audit --onnx [model.onnx]</c> and
/// <c>verification audit --results results.json</c> (kernels in any language, answering the cases of
/// <c>verification cases</c>): every law against the implementations, printed as text, Markdown, JSON or JUnit XML
/// (<c>--format</c>), with kernels that must be present (<c>--require</c>); <c>--replay TOKEN</c> checks the one
/// case a failure names.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Modest on purpose: the whole catalog against three implementations runs in seconds, and the laws' generators aim at the hard inputs first.</summary>
    internal const int DefaultCases = 200;

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
        var results = new Option<FileInfo>("--results")
        {
            Description = "A results file: a script's answers to the cases of 'verification cases' (kernels in Python, C++, …), graded with the same laws; its sampling and laws are the rows.",
        }.AcceptExistingOnly();
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
        var replay = new Option<CaseReplay?>("--replay")
        {
            Description = "Check one law on one generated case again, as a failure's 'replay:' line names it (law:precision:seed=S:cases=N:case=K); the case is shrunk again if it fails.",
            HelpName = "token",
            CustomParser = static result => ParseReplay(result),
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
            results,
            onnx,
            cases,
            seed,
            format,
            require,
            failOnNotApplicable,
            replay,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(assembly) is null) != (result.GetValue(type) is null))
            {
                result.AddError("--assembly and --type go together.");
            }

            if (result.GetResult(replay) is not null && (result.GetResult(cases) is { Implicit: false } || result.GetResult(seed) is { Implicit: false }))
            {
                result.AddError("--replay carries its own seed and case count: drop --seed and --cases.");
            }

            if (result.GetResult(replay) is not null && result.GetValue(results) is not null)
            {
                result.AddError("--replay and --results do not go together: a results file answers only the cases it was written for, so grade the whole file again.");
            }

            if (result.GetValue(results) is not null && (result.GetResult(cases) is { Implicit: false } || result.GetResult(seed) is { Implicit: false }))
            {
                result.AddError("--results carries the sampling its cases were drawn with; --cases and --seed go to 'verification cases'.");
            }
        });
        command.SetAction(parsed =>
        {
            var onnxRequest = OnnxAuditTarget.Requested(parsed, onnx);
            var builtIn = (parsed.GetValue(assembly) is null && parsed.GetValue(results) is null && onnxRequest is null) || parsed.GetResult(impl) is { Implicit: false }
                ? parsed.GetValue(impl)
                : (BuiltInImplementation?)null;
            var requirements = new AuditRequirements(RequiredNames(parsed.GetValue(require) ?? []), parsed.GetValue(failOnNotApplicable));
            return (int)Run(
                terminal,
                builtIn,
                parsed.GetValue(assembly),
                parsed.GetValue(type),
                parsed.GetValue(results),
                onnxRequest,
                parsed.GetValue(replay) is { } token ? new AuditSelection.OneCase(token) : new AuditSelection.EveryLaw(LawCatalog.All, new LawSampling(parsed.GetValue(cases), parsed.GetValue(seed))),
                parsed.GetValue(format),
                requirements);
        });
        return command;
    }

    /// <summary>"--require softmax,sigmoid --require tanh": every comma-separated name, blanks dropped.</summary>
    private static List<string> RequiredNames(IEnumerable<string> tokens) =>
        [.. tokens.SelectMany(static token => token.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The token parsed, or an error naming the option, what was wrong and the laws it may name.</summary>
    private static CaseReplay? ParseReplay(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        try
        {
            var replay = CaseReplay.Parse(token);
            if (!LawCatalog.All.Any(replay.IsFor))
            {
                result.AddError($"--replay: no law '{replay.LawId}' for that precision; the laws are {string.Join(", ", LawCatalog.All.Select(static law => law.Id).Distinct())}.");
                return null;
            }

            return replay;
        }
        catch (FormatException failure)
        {
            result.AddError($"--replay: {failure.Message}");
            return null;
        }
    }

    private static ExitCode Run(
        Terminal terminal,
        BuiltInImplementation? builtIn,
        FileInfo? assembly,
        string? type,
        FileInfo? results,
        string? onnxRequest,
        AuditSelection selection,
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

        if (results is not null)
        {
            try
            {
                var answered = AuditTargets.FromResults(results);
                selection = new AuditSelection.EveryLaw(answered.Laws, answered.Cases.Suite.Sampling);
                implementations.Add(RecordedImplementation.From(answered));
            }
            catch (ProtocolFormatException failure)
            {
                terminal.Error.WriteLine($"error: {failure.Message}");
                return ExitCode.Inconclusive;
            }
        }

        foreach (var implementation in implementations)
        {
            foreach (var note in implementation.BindingNotes)
            {
                terminal.Error.WriteLine($"note: {implementation.Name}: {note}");
            }
        }

        var report = selection switch
        {
            AuditSelection.OneCase one => AuditRunner.Replay(implementations, one.Replay),
            AuditSelection.EveryLaw every => ProgressReporter.Run(
                terminal,
                "audit",
                every.Laws.Count,
                progress => AuditRunner.Run(every.Laws, implementations, every.Sampling, progress)),
            _ => throw new ArgumentOutOfRangeException(nameof(selection)),
        };
        return AuditReportWriter.Write(terminal, report, format, requirements);
    }
}
