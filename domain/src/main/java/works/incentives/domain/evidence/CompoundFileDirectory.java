package works.incentives.domain.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level entry names of an OLE2 compound file (MS-CFB), the container of Office 97-2003
 * documents and Outlook messages: "WordDocument" makes a DOC, "Workbook" an XLS, and so on.
 * Reading the header, the FAT and the directory chain also proves the container is not damaged.
 * (Tika's own OLE2 detector needs Apache POI; this is all the check needs.)
 */
final class CompoundFileDirectory {

    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int NO_STREAM = 0xFFFFFFFF;
    private static final int MAX_ENTRIES = 100_000;

    private CompoundFileDirectory() {
    }

    /** The names directly under the root storage; throws {@link IllegalArgumentException} when the container is damaged. */
    static Set<String> topLevelNames(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        require(file.length >= 1024, "too short");
        int shift = b.getShort(30) & 0xFFFF;
        require(shift == 9 || shift == 12, "sector size");
        int sectorSize = 1 << shift;
        int sectors = (file.length - 512 + sectorSize - 1) / sectorSize;
        int fatSectorCount = b.getInt(44);
        require(fatSectorCount > 0 && fatSectorCount <= sectors, "FAT size");

        List<Integer> fatSectors = new ArrayList<>();
        for (int i = 0; i < 109 && fatSectors.size() < fatSectorCount; i++) {
            fatSectors.add(b.getInt(76 + 4 * i));
        }
        int difat = b.getInt(68);
        int guard = 0;
        while (fatSectors.size() < fatSectorCount && difat != END_OF_CHAIN && guard++ < sectors) {
            int at = offset(difat, sectorSize, file.length);
            for (int i = 0; i < sectorSize / 4 - 1 && fatSectors.size() < fatSectorCount; i++) {
                fatSectors.add(b.getInt(at + 4 * i));
            }
            difat = b.getInt(at + sectorSize - 4);
        }
        require(fatSectors.size() == fatSectorCount, "DIFAT");

        int[] fat = new int[fatSectorCount * (sectorSize / 4)];
        for (int s = 0; s < fatSectorCount; s++) {
            int at = offset(fatSectors.get(s), sectorSize, file.length);
            for (int i = 0; i < sectorSize / 4; i++) {
                fat[s * (sectorSize / 4) + i] = b.getInt(at + 4 * i);
            }
        }

        List<byte[]> entries = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int sector = b.getInt(48); sector != END_OF_CHAIN; sector = fat[sector]) {
            require(sector >= 0 && sector < fat.length && seen.add(sector), "directory chain");
            int at = offset(sector, sectorSize, file.length);
            for (int i = 0; i < sectorSize / 128; i++) {
                byte[] entry = new byte[128];
                System.arraycopy(file, at + 128 * i, entry, 0, 128);
                entries.add(entry);
            }
            require(entries.size() <= MAX_ENTRIES, "directory size");
        }
        require(!entries.isEmpty(), "no directory");
        ByteBuffer root = ByteBuffer.wrap(entries.get(0)).order(ByteOrder.LITTLE_ENDIAN);
        require(root.get(66) == 5 && "Root Entry".equals(name(root)), "root entry");

        Set<String> names = new LinkedHashSet<>();
        walk(entries, root.getInt(76), names, new HashSet<>());
        return names;
    }

    /** In-order walk of the red-black tree of siblings under the root. */
    private static void walk(List<byte[]> entries, int id, Set<String> names, Set<Integer> visited) {
        if (id == NO_STREAM) {
            return;
        }
        require(id >= 0 && id < entries.size() && visited.add(id), "directory tree");
        ByteBuffer e = ByteBuffer.wrap(entries.get(id)).order(ByteOrder.LITTLE_ENDIAN);
        byte type = e.get(66);
        require(type == 1 || type == 2, "entry type");
        walk(entries, e.getInt(68), names, visited);
        names.add(name(e));
        walk(entries, e.getInt(72), names, visited);
    }

    private static String name(ByteBuffer entry) {
        int length = entry.getShort(64) & 0xFFFF;
        require(length >= 2 && length <= 64 && length % 2 == 0, "entry name");
        byte[] raw = new byte[length - 2];
        entry.get(0, raw);
        return new String(raw, StandardCharsets.UTF_16LE);
    }

    private static int offset(int sector, int sectorSize, int fileLength) {
        long at = ((long) sector + 1) * sectorSize;
        require(sector >= 0 && at + sectorSize <= fileLength, "sector outside the file");
        return (int) at;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("damaged compound file: " + what);
        }
    }
}
