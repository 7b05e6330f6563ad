/**
 * The height messages an embed posts to its host page, in the three formats newsroom systems
 * already read, and the parser the host script (/embed.js) uses. Pure: no DOM, no Svelte.
 */

/** What names one embed to its host: the Datawrapper id and pym.js's child id. */
export interface FrameIds {
	/** Datawrapper's chart id: the chart name, or the URL's `id` parameter. */
	id: string;
	/** pym.js's child id, from the URL's `childId` parameter (pym passes it); the `id` without one. */
	childId: string;
}

/** AMP's `embed-size` request (amp-iframe resizing). */
export interface AmpSizeMessage {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

/** Datawrapper's height message: `{'datawrapper-height': {<id>: h}}`. */
export interface DatawrapperHeightMessage {
	'datawrapper-height': Record<string, number>;
}

/** pym.js messages are strings: `pymxPYMx<childId>xPYMx<type>xPYMx<value>`. */
export const PYM_SEPARATOR = 'xPYMx';
const PYM_PREFIX = `pym${PYM_SEPARATOR}`;

/** Heights a host accepts: a page of a few screens, never zero, never absurd. */
export const MAX_HEIGHT = 100_000;

/** Ids are echoed in messages: a pym separator or anything odd in one is refused. */
const ID = /^[A-Za-z0-9_:.-]{1,80}$/;

/** True for an id that is safe to echo in a message. */
export const validId = (id: string | null | undefined): id is string =>
	!!id && ID.test(id) && !id.includes(PYM_SEPARATOR);

/**
 * The three messages for one height, in the order they are posted: AMP, pym.js, Datawrapper.
 * @example heightMessages(640, { id: 'sunburst', childId: 'graphic' })
 * // [{ sentinel: 'amp', type: 'embed-size', height: 640 },
 * //  'pymxPYMxgraphicxPYMxheightxPYMx640',
 * //  { 'datawrapper-height': { sunburst: 640 } }]
 */
export function heightMessages(height: number, ids: FrameIds): [AmpSizeMessage, string, DatawrapperHeightMessage] {
	return [
		{ sentinel: 'amp', type: 'embed-size', height },
		`${PYM_PREFIX}${ids.childId}${PYM_SEPARATOR}height${PYM_SEPARATOR}${height}`,
		{ 'datawrapper-height': { [ids.id]: height } }
	];
}

const sane = (h: unknown): number | null =>
	typeof h === 'number' && Number.isFinite(h) && h > 0 && h <= MAX_HEIGHT ? Math.ceil(h) : null;

/**
 * The height carried by a message in any of the three formats, or null for anything else
 * (wrong shape, not a positive finite number, too large). The host has already checked where the
 * message comes from: the ids inside it are not trusted, so they are not needed.
 * @example heightFromMessage('pymxPYMxgraphicxPYMxheightxPYMx640') // 640
 * @example heightFromMessage({ sentinel: 'amp', type: 'embed-size', height: '640' }) // null
 */
export function heightFromMessage(data: unknown): number | null {
	if (typeof data === 'string') {
		const parts = data.split(PYM_SEPARATOR);
		// ['pym', childId, 'height', value]
		if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height' || !/^\d+(\.\d+)?$/.test(parts[3]!))
			return null;
		return sane(Number(parts[3]));
	}
	if (!data || typeof data !== 'object') return null;
	const o = data as Record<string, unknown>;
	if (o.sentinel === 'amp' && o.type === 'embed-size') return sane(o.height);
	const dw = o['datawrapper-height'];
	if (dw && typeof dw === 'object') {
		const values = Object.values(dw);
		return values.length === 1 ? sane(values[0]) : null;
	}
	return null;
}

/**
 * True for pym.js's parent-to-child width message (`pymxPYMx<childId>xPYMxwidthxPYMx<w>`), which a
 * pym parent sends when it loads and on resize, expecting the child to answer with its height.
 */
export const isPymWidthMessage = (data: unknown): boolean =>
	typeof data === 'string' && data.startsWith(PYM_PREFIX) && data.split(PYM_SEPARATOR)[2] === 'width';
