using System.Globalization;

namespace AiciSandbox.Bench;

/// <summary>How busy the machine is besides us: the load average, and the CPU counters of <c>/proc/stat</c> (steal included).</summary>
internal sealed record MachineLoad(string LoadAverage, long TotalJiffies, long StealJiffies, long BusyJiffies, long IdleJiffies)
{
    public static MachineLoad? Read()
    {
        try
        {
            var load = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal guest guest_nice: guest time is already in user.
            var total = cpu.Take(8).Sum();
            // Busy = user + nice + system: irq and softirq time (the loopback network stack) is not charged to any process.
            return new MachineLoad(load, total, cpu.Length > 7 ? cpu[7] : 0, cpu[0] + cpu[1] + cpu[2], cpu[3] + cpu[4]);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary><c>/proc/stat</c> counts in USER_HZ, 100 per second on Linux.</summary>
    private const double JiffiesPerSecond = 100;

    /// <summary>
    /// The share of the machine that processes other than ours (bench client and servers) used between the two readings.
    /// </summary>
    public static double ForeignShare(MachineLoad before, MachineLoad after, double ourCpuSeconds)
    {
        var total = (after.TotalJiffies - before.TotalJiffies) / JiffiesPerSecond;
        var busy = (after.BusyJiffies - before.BusyJiffies) / JiffiesPerSecond;
        return total <= 0 ? 0 : Math.Max(0, busy - ourCpuSeconds) / total;
    }

    /// <summary>
    /// How many of the machine's cores were not idle between the two readings, whoever used them (processes, interrupts, the
    /// loopback network stack): what a server and its load generator left each other.
    /// </summary>
    public static double BusyCores(MachineLoad before, MachineLoad after)
    {
        var total = after.TotalJiffies - before.TotalJiffies;
        return total <= 0 ? 0 : Environment.ProcessorCount * (1 - (double)(after.IdleJiffies - before.IdleJiffies) / total);
    }

    public static double StealShare(MachineLoad before, MachineLoad after) =>
        after.TotalJiffies == before.TotalJiffies ? 0 : (double)(after.StealJiffies - before.StealJiffies) / (after.TotalJiffies - before.TotalJiffies);
}
